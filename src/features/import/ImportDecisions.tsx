/**
 * What the reader decided, in words: where each source column goes ("Afd. → Ansvarlig",
 * "Periode → ny kolonne Periode"), the year deadlines without one are read in (changeable),
 * which rows were joined and which headings became areas.
 */
import { extraColumnsOf, settleExtraColumns, type ImportPlan, type YearSource } from '../../io/import'
import { importDecisionText as tx, importNotesText } from '../../strings/import-dialog'
import { importFieldLabels } from './field-labels'
import { columnName } from './ColumnMapping'

interface ImportDecisionsProps {
  idBase: string
  plan: ImportPlan
  year: number
  yearSource: YearSource
  onYear: (year: number) => void
  /** Into the open overview: the text above the table is added to its notes. */
  appending: boolean
}

export function ImportDecisions({ idBase, plan, year, yearSource, onYear, appending }: ImportDecisionsProps) {
  const extras = new Map(settleExtraColumns(extraColumnsOf(plan), plan.rows).map((c) => [c.column, c.name]))
  const joined = plan.rows.filter((r) => r.notes.includes('merged-continuation')).length
  const headings = [...new Set(plan.rows.filter((r) => r.notes.includes('area-from-heading')).map((r) => r.area))]
  return (
    <div className="import-decisions">
      <h4 className="h5">{tx.heading}</h4>
      <ul className="import-decisions__mapping">
        {plan.mapping.map((field, column) => (
          <li key={column}>
            {columnName(plan.header, column)} → {field === 'extra' ? tx.newColumn(extras.get(column) ?? '') : importFieldLabels[field]}
          </li>
        ))}
      </ul>
      <div className="form-group">
        <label className="form-label" htmlFor={`${idBase}-year`}>
          {tx.yearLabel}
        </label>
        <span className="form-hint" id={`${idBase}-year-hint`}>
          {tx.yearHint(year, yearSource)}
        </span>
        <input
          id={`${idBase}-year`}
          className="form-input input-width-xs"
          type="number"
          min={1900}
          max={2100}
          value={year}
          aria-describedby={`${idBase}-year-hint`}
          onChange={(event) => {
            const next = Number(event.target.value)
            if (Number.isInteger(next) && next >= 1900 && next <= 2100) onYear(next)
          }}
        />
      </div>
      {plan.notesAbove.length > 0 && (
        <div className="import-decisions__notes">
          <p>
            <strong>{importNotesText.heading}:</strong> {importNotesText.where(appending)}
          </p>
          <blockquote>
            {plan.notesAbove.map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </blockquote>
        </div>
      )}
      {joined > 0 && <p>{tx.joined(joined)}</p>}
      {headings.length > 0 && <p>{tx.headings(headings)}</p>}
    </div>
  )
}
