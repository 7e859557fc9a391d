/** Field validation messages: shown only in the forms, which all load on first use. */
import { INITIATIVE_TITLE_MAX, OVERVIEW_TITLE_MAX } from '../domain/limits'
import { characterCountText } from './character-count'

/** Danish messages for field validation codes from the zod schemas and the forms. A date field says its own (./date-field). */
export const fieldErrors: Record<string, string> = {
  required: 'Skal udfyldes.',
  'too-long': 'Teksten er for lang.',
  category: 'Vælg kategori A, B, C eller Uden kategori.',
  // An extra column's value that does not fit its type (src/domain/columns/extra.ts).
  'extra-number': 'Skriv et tal, fx 12.500 eller 3,5.',
  'extra-date': 'Skriv en gyldig dato som dd.mm.åååå.',
  'extra-too-long': 'Teksten er for lang.',
  status: 'Vælg en status.',
  // A title over what the form allows (the counter under it shows how far). Getters: nothing
  // runs when the module loads, so the first screen (which imports ./index) leaves it out.
  get 'title-too-long'() {
    return characterCountText.tooLong(INITIATIVE_TITLE_MAX)
  },
  get 'overview-title-too-long'() {
    return characterCountText.tooLong(OVERVIEW_TITLE_MAX)
  },
}
