/** One area's changes: each changed field on its own line with before and after. */
import type { AreaChanges } from '../../domain/diff'
import { changeLines, type ChangesDocument } from '../../io/export/change-lines'
import { columnLabels, meetingsText as tx, t } from '../../strings'

export function ChangesTable({ area, doc }: { area: AreaChanges; doc: ChangesDocument }) {
  const rows = changeLines({ ...doc, diff: { ...doc.diff, areas: [area] } })
  return (
    <>
      <h2 className="h4">{area.area || t.noArea}</h2>
      <table className="table table--compact changes-table">
        <caption className="sr-only">{area.area || t.noArea}</caption>
        <thead>
          <tr>
            <th scope="col">{columnLabels.title}</th>
            <th scope="col">{tx.change}</th>
            <th scope="col">{tx.field}</th>
            <th scope="col">{tx.before}</th>
            <th scope="col">{tx.after}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index} className="changes-row">
              <td>{row.title}</td>
              <td>{row.kind}</td>
              <td>{row.field}</td>
              <td>{row.before || (row.field ? '—' : '')}</td>
              <td>{row.after || (row.field ? '—' : '')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
