/** What a chosen backup holds: when it was made, its overviews by title, how many indsatser, and status entries and versions when there are any. */
import type { BackupContents } from '../../io/backup'
import { backupText as tx } from '../../strings/backup'
import { formatDanishDateTime } from '../../ui/format'

/** Enough titles to recognise the file; a list of hundreds helps nobody. */
const MAX_TITLES = 20

export function BackupSummary({ backup, headingId }: { backup: BackupContents; headingId: string }) {
  const titles = backup.overviews.slice(0, MAX_TITLES).map((o) => o.title)
  const more = backup.overviews.length - titles.length
  return (
    <section className="backup-summary" aria-labelledby={headingId}>
      <h3 id={headingId} className="h5">
        {tx.summaryHeading}
      </h3>
      <p>{tx.madeAt(formatDanishDateTime(backup.exportedAt))}</p>
      <p className="backup-summary__count">{tx.overviews(backup.overviews.length)}</p>
      {titles.length > 0 && (
        <ul className="backup-summary__titles">
          {titles.map((title, index) => (
            <li key={index}>{title}</li>
          ))}
          {more > 0 && <li>{tx.moreOverviews(more)}</li>}
        </ul>
      )}
      <p className="backup-summary__count">{tx.initiatives(backup.initiatives.length)}</p>
      {backup.statusLogs.length > 0 && <p className="backup-summary__count">{tx.statusLogs(backup.statusLogs.length)}</p>}
      {backup.snapshots.length > 0 && <p className="backup-summary__count">{tx.snapshots(backup.snapshots.length)}</p>}
    </section>
  )
}
