/**
 * Words of every date field (src/ui/DateField.tsx). Imports nothing: the first screen's
 * Opgjort pr. field needs them, and so do the forms that load on first use.
 */
export const dateFieldText = {
  /** The format the field asks for, shown under its label. */
  hint: 'dd.mm.åååå',
  /** Beside a date field whose text is not a date (or a required one left empty); the schemas' code 'date'. */
  invalid: 'Skriv en gyldig dato som dd.mm.åååå.',
} as const
