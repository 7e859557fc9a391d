/**
 * "Gå til tabellen": the first thing a keyboard reaches. It focuses the table itself
 * (role table, "Indsatser"), so the next arrow key or Tab starts there rather than in the
 * filters above it. Without a table (no rows match, or no overview is open) it is an
 * ordinary link to the table's section.
 */
import type { MouseEvent } from 'react'
import { t } from '../strings'

/** The id src/features/table/OverviewTable.tsx gives the table (with tabIndex -1, so it can take focus). */
const TABLE_ID = 'indsatser-tabel'

export function SkipLink() {
  const goToTable = (event: MouseEvent<HTMLAnchorElement>) => {
    const table = document.getElementById(TABLE_ID)
    if (!table) return
    event.preventDefault()
    table.focus()
  }
  return (
    <a className="skip-link" href="#indsatser" onClick={goToTable}>
      {t.skipToTable}
    </a>
  )
}
