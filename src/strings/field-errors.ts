/** Field validation messages: shown only in the forms, which all load on first use. */

/** Danish messages for field validation codes from the zod schemas. */
export const fieldErrors: Record<string, string> = {
  required: 'Skal udfyldes.',
  'too-long': 'Teksten er for lang.',
  date: 'Skriv en gyldig dato.',
  category: 'Vælg kategori A, B eller C.',
  status: 'Vælg en status.',
}
