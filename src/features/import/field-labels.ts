/**
 * What the column mapping calls each import field: a field that fills a built-in column is
 * called by that column's label (the one the table and the exports show), the importer's own
 * choices by their words in src/strings/import-dialog.ts.
 */
import { columnLabels } from '../../strings/core'
import { importOwnFieldLabels } from '../../strings/import-dialog'
import { COLUMN_OF_FIELD, type ImportField } from '../../io/import/types'

export const importFieldLabels: Readonly<Record<ImportField, string>> = {
  ...(Object.fromEntries(Object.entries(COLUMN_OF_FIELD).map(([field, column]) => [field, columnLabels[column]])) as Record<keyof typeof COLUMN_OF_FIELD, string>),
  ...importOwnFieldLabels,
}
