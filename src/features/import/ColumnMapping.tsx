/** One select per source column: what the column becomes (or "Medtages ikke"). */
import { IMPORT_FIELDS, type ImportField } from '../../io/import'
import { importColumnLabel, importDialogText as tx } from '../../strings/import-dialog'
import { importFieldLabels } from './field-labels'

interface ColumnMappingProps {
  idBase: string
  header: readonly string[] | null
  mapping: readonly ImportField[]
  onChange: (column: number, field: ImportField, label: string) => void
}

/** The source header's text, or "Kolonne N" where the table has none. */
export const columnName = (header: readonly string[] | null, column: number) => header?.[column]?.trim() || importColumnLabel(column)

export function ColumnMapping({ idBase, header, mapping, onChange }: ColumnMappingProps) {
  return (
    <fieldset className="import-mapping">
      <legend className="h5">{tx.mappingHeading}</legend>
      <p className="form-hint">{tx.mappingHint}</p>
      <div className="import-mapping__grid">
        {mapping.map((field, column) => {
          const label = columnName(header, column)
          return (
            <div key={column} className="form-group">
              <label className="form-label" htmlFor={`${idBase}-col-${column}`}>
                {label}
              </label>
              <select
                id={`${idBase}-col-${column}`}
                className="form-select"
                value={field}
                onChange={(event) => onChange(column, event.target.value as ImportField, label)}
              >
                {IMPORT_FIELDS.map((option) => (
                  <option key={option} value={option}>
                    {importFieldLabels[option]}
                  </option>
                ))}
              </select>
            </div>
          )
        })}
      </div>
    </fieldset>
  )
}
