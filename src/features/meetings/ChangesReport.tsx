/**
 * "Ændringer siden mødet 20. januar 2021": what was added, removed and changed since a
 * version, field by field, grouped by area — on screen and as its own Word or CSV document.
 * Loaded on first use (see ChangesView).
 */
import { useMemo, useState } from 'react'
import type { Initiative, Overview, Snapshot } from '../../domain/model'
import { diffInitiatives } from '../../domain/diff'
import type { Deadline } from '../../domain/deadline/types'
import { meetingsText, exportText } from '../../strings'
import { versionsText } from '../../strings/versions'
import { download } from '../../ui/download'
import { changesTitle } from './changes-title'
import { ChangesTable } from './ChangesTable'

interface ChangesReportProps {
  overview: Overview
  version: Snapshot
  current: Initiative[]
  read: (text: string, row: Initiative) => Deadline
  onBack: () => void
}

export function ChangesReport({ overview, version, current, read, onBack }: ChangesReportProps) {
  const title = changesTitle(version)
  const diff = useMemo(() => diffInitiatives(version.initiatives, current, { before: version.overview.columns, after: overview.columns }), [version, current, overview.columns])
  const [status, setStatus] = useState('')
  const doc = useMemo(() => ({ overview, title, diff, read }), [overview, title, diff, read])

  async function exportAs(format: 'docx' | 'csv') {
    setStatus(exportText.working)
    try {
      const writers = await import('../../io/export/changes')
      const { exportFileName } = await import('../../io/export/fileName')
      const fileName = exportFileName(`${overview.title} – ${title}`, version.meetingDate || version.createdAt.slice(0, 10), format)
      if (format === 'csv') download(writers.changesToCsv(doc), fileName, 'text/csv;charset=utf-8')
      else download((await writers.changesToDocx(doc)) as Uint8Array<ArrayBuffer>, fileName, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      setStatus(exportText.done(fileName))
    } catch {
      setStatus(exportText.failed)
    }
  }

  return (
    <section className="changes-view" aria-labelledby="changes-title">
      <button type="button" className="button button-tertiary" onClick={onBack}>
        {meetingsText.backToLive}
      </button>
      <h1 id="changes-title" tabIndex={-1}>{title}</h1>
      <p className="overview-header__facts">
        {overview.title} · {version.label} · {meetingsText.changeSummary(diff.added, diff.removed, diff.changed)}
      </p>
      <div className="changes-view__export" role="group" aria-label={versionsText.exportHeading}>
        <button type="button" className="button button-secondary" onClick={() => exportAs('docx')}>{versionsText.exportWord}</button>
        <button type="button" className="button button-secondary" onClick={() => exportAs('csv')}>{versionsText.exportCsv}</button>
        <span role="status" aria-live="polite" className="export-status">{status}</span>
      </div>
      {diff.areas.length === 0 ? <p>{meetingsText.noChanges}</p> : diff.areas.map((area) => <ChangesTable key={area.area} area={area} doc={doc} />)}
    </section>
  )
}
