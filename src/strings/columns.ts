/**
 * The words of the Tilføj kolonne / Omdøb dialog and of column changes (loaded with the
 * dialog; imports nothing from ./core, see ./index.ts). The menu's own words are in `t`.
 */
import type { ExtraColumnType } from '../domain/columns/extra-types'

export const columnsText = {
  addTitle: 'Tilføj kolonne',
  renameTitle: (name: string) => `Omdøb kolonnen "${name}"`,
  name: 'Navn',
  nameHint: 'Højst 60 tegn. Navnet står øverst i kolonnen og i eksporterne.',
  type: 'Type',
  add: 'Tilføj',
  rename: 'Omdøb',
  cancel: 'Annullér',
  added: (name: string) => `Kolonnen "${name}" er tilføjet.`,
  renamed: (name: string) => `Kolonnen hedder nu "${name}".`,
  deleted: (name: string) => `Kolonnen "${name}" og dens værdier er slettet.`,
} as const

export const columnTypeLabels: Record<ExtraColumnType, string> = { text: 'Tekst', number: 'Tal', date: 'Dato' }

/** One Danish sentence per code of a column name or a backup's column (src/domain/columns/extra.ts). */
export const columnErrors = {
  'name-empty': 'Skriv et navn til kolonnen.',
  'name-too-long': 'Navnet må højst være 60 tegn.',
  'name-taken': 'Der er allerede en kolonne med det navn. Vælg et andet.',
  'unknown-column-type': 'Sikkerhedskopien har en kolonne af en type, som denne version ikke kender. Intet er ændret.',
} as const
export type ColumnErrorCode = keyof typeof columnErrors
