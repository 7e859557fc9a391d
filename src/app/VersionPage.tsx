/** A version frozen for a meeting, read-only: the same table and exports as the live overview, no editing. */
import { useMemo, useState } from 'react'
import type { Snapshot } from '../domain/model'
import { createDeadlineReader, toViewRows } from '../domain/view-row'
import { latestByInitiative } from '../domain/status-line'
import { storage } from '../storage'
import { meetingsText, t } from '../strings'
import { formatDanishDateTime } from '../ui/format'
import { TableView } from '../features/table/TableView'
import { ExportButton } from '../features/export/ExportButton'
import { exportPreparer } from './export-document'
import { todayIso, useColumnVisibility, useViewState } from './use-view-state'

interface VersionPageProps {
  version: Snapshot
  onBack: () => void
}

export function VersionPage({ version, onBack }: VersionPageProps) {
  const [view, setView] = useViewState(version.overviewId)
  const [columnVisibility, setColumnVisibility] = useColumnVisibility()
  const [read] = useState(() => createDeadlineReader())
  const asOf = view.asOf ?? (version.meetingDate || todayIso())
  const latest = useMemo(() => latestByInitiative(version.statusLogs), [version])
  const rows = useMemo(() => toViewRows(version.initiatives, version.overview, asOf, read, latest), [version, asOf, read, latest])
  const overview = version.overview

  return (
    <>
      <button type="button" className="button button-tertiary" onClick={onBack}>
        {meetingsText.backToLive}
      </button>
      <header className="overview-header">
        <h1 tabIndex={-1}>{overview.title}</h1>
        <div className="alert alert-info" role="status">
          <p className="alert-text">{meetingsText.readOnlyNotice(version.label, formatDanishDateTime(version.createdAt))}</p>
        </div>
      </header>
      <section id="indsatser" aria-label={t.tableName} className="overview-table-section">
        <TableView
          rows={rows}
          overview={overview}
          view={view}
          onViewChange={setView}
          asOf={asOf}
          meetingDate={version.meetingDate}
          columnVisibility={columnVisibility}
          onColumnVisibilityChange={setColumnVisibility}
          renderToolbar={(rowsInView) => (
            <ExportButton
              prepare={exportPreparer(overview, rows, rowsInView, asOf, view, columnVisibility)}
              readEverything={storage.readEverything}
              onBackupTaken={() => void storage.markBackupTaken()}
            />
          )}
        />
      </section>
    </>
  )
}
