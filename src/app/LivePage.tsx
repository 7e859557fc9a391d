/** The live overview: header block, dashboard, the table with its filters, the row form and the meeting tools. */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react'
import type { Overview, Snapshot } from '../domain/model'
import { createViewRowCache, createDeadlineReader, type ViewRow } from '../domain/view-row'
import { noFilters } from '../domain/filters'
import { storage, useLatestStatuses, type OverviewRows } from '../storage'
import { meetingsText, storageErrors, t } from '../strings'
import type { ToastMessage } from '../ui/Toast'
import { OverviewHeader } from '../features/overview-header/OverviewHeader'
import { TableView } from '../features/table/TableView'
import { ExportButton } from '../features/export/ExportButton'
import { ImportButton } from '../features/import/ImportButton'
import { SaveVersionButton } from '../features/meetings/SaveVersionButton'
import { VersionsButton } from '../features/meetings/VersionsButton'
import { exportPreparer } from './export-document'
import { todayIso, useColumnVisibility, useViewState } from './use-view-state'
import { useRowActions } from './use-row-actions'
import { columnEditing } from './use-column-actions'
import { columnsOf } from '../domain/columns'
import { useSelection } from './use-selection'
import { ShareButton, SharingStatusLine } from '../features/sharing/SharingButtons'
import { appAddress, sharingPort, stopSharing, useSharing } from './sharing'
import { lazyWithPreload, whenIdle } from '../ui/lazy'

// Loaded on first use, keeping them out of the first load: the dashboard and the row form (with its status log).
const Dashboard = lazy(() => import('../features/dashboard/Dashboard').then((m) => ({ default: m.Dashboard })))
const RowEditor = lazy(() => import('./RowEditor').then((m) => ({ default: m.RowEditor })))
// The bulk bar appears only once a row is chosen: fetched when the browser is idle after the
// first paint, so by the first click on a checkbox it renders at once, focus and all.
const BulkSelection = lazyWithPreload(() => import('./BulkSelection').then((m) => m.BulkSelection))

type Editing = { mode: 'new' } | { mode: 'edit'; row: ViewRow } | null

interface LivePageProps {
  overview: Overview
  /** The overview's rows in their order (at first maybe only the first of them: `complete` false); undefined while loading. */
  initiatives: OverviewRows | undefined
  versions: Snapshot[]
  notify: (message: Omit<ToastMessage, 'id'>) => void
  /** Switches the open overview (after an import into a new one, and back on "Fortryd import"). */
  onOpenOverview: (id: string) => void
  onOpenVersion: (id: string, mode: 'view' | 'changes') => void
}

export function LivePage({ overview, initiatives, versions, notify, onOpenOverview, onOpenVersion }: LivePageProps) {
  const latest = useLatestStatuses(overview.id)
  const [view, setView] = useViewState(overview.id)
  const [columnVisibility, setColumnVisibility] = useColumnVisibility()
  const [editing, setEditing] = useState<Editing>(null)
  const [dashboard, setDashboard] = useState(false)
  const actions = useRowActions(overview, notify)
  const sharing = useSharing(overview.id)
  // A reader of a shared overview is offered no editing at all.
  const readOnly = sharing.readOnly
  const asOf = view.asOf ?? todayIso()
  // One reader per open overview: a reading is computed once per text, not per render.
  const read = useMemo(() => createDeadlineReader(), [])
  // Both reads first: deriving 10,000 rows once, not again when the status log arrives.
  const stored = initiatives?.rows
  const loaded = stored !== undefined && latest !== undefined
  // A large overview paints its first rows while the rest are read; the dashboard and the toolbar wait for all of them.
  const complete = loaded && initiatives?.complete === true
  const [deriveRows] = useState(createViewRowCache)
  const rows = useMemo(() => (loaded ? deriveRows(stored, overview, asOf, read, latest) : []), [deriveRows, loaded, stored, overview, asOf, read, latest])
  const areas = useMemo(() => [...new Set(rows.map((r) => r.initiative.area))], [rows])
  const selection = useSelection(overview.id, rows, complete)
  const editedRow = editing?.mode === 'edit' ? editing.row.initiative : undefined
  useEffect(() => (readOnly ? undefined : whenIdle(BulkSelection.preload)), [readOnly])

  async function saveVersion(label: string, meetingDate: string) {
    const result = await storage.saveSnapshot(overview.id, label, meetingDate)
    notify(result.ok ? { kind: 'success', text: meetingsText.versionSaved(label) } : { kind: 'error', text: storageErrors[result.code] })
    return result.ok
  }

  return (
    <>
      <OverviewHeader
        overview={overview}
        onSave={
          readOnly
            ? undefined
            : async (values) => {
                const result = await storage.updateOverviewHeader(overview.id, values)
                if (result.ok) return null
                if (result.code === 'invalid') return Object.fromEntries(result.issues.map((i) => [i.field, i.code]))
                notify({ kind: 'error', text: storageErrors[result.code] })
                return {}
              }
        }
      />
      {sharing.share && <SharingStatusLine state={sharing.state} reader={readOnly} onStop={() => stopSharing(overview.id, notify)} />}
      <div className="meeting-tools" role="group" aria-label={meetingsText.versions}>
        <button type="button" className="button button-secondary" aria-expanded={dashboard} onClick={() => setDashboard(!dashboard)}>
          {t.openDashboard}
        </button>
        {!readOnly && <SaveVersionButton meetingDate={overview.meetingDate} onSave={saveVersion} />}
        <VersionsButton versions={versions} onOpen={(id) => onOpenVersion(id, 'view')} onChanges={(id) => onOpenVersion(id, 'changes')} />
        {sharing.share !== undefined && !readOnly && <ShareButton overviewId={overview.id} shared={sharing.share !== null} defaultServer={appAddress()} port={sharingPort} />}
      </div>
      {dashboard && complete && (
        <Suspense fallback={<p>{t.loading}</p>}>
          <Dashboard
            rows={rows}
            asOf={asOf}
            onFilter={(filters) => {
              setView({ ...view, filters: { ...noFilters, ...filters } })
              document.getElementById('indsatser')?.scrollIntoView()
            }}
          />
        </Suspense>
      )}
      <section id="indsatser" aria-label={t.tableName} className="overview-table-section" aria-busy={!complete}>
        {!loaded ? (
          <p>{t.loading}</p>
        ) : (
          <TableView
            rows={rows}
            overview={overview}
            columnEditing={readOnly ? undefined : columnEditing(overview, notify)}
            loading={!complete}
            view={view}
            onViewChange={setView}
            asOf={asOf}
            meetingDate={overview.meetingDate}
            columnVisibility={columnVisibility}
            onColumnVisibilityChange={setColumnVisibility}
            onEdit={readOnly ? undefined : (row) => setEditing({ mode: 'edit', row })}
            onDelete={readOnly ? undefined : actions.remove}
            selection={readOnly ? undefined : selection.table}
            renderSelectionBar={(shownIds) =>
              complete &&
              !readOnly && (
                <Suspense fallback={null}>
                  <BulkSelection overviewId={overview.id} rows={rows} selected={selection.selected} shownIds={shownIds} clear={selection.clear} notify={notify} />
                </Suspense>
              )
            }
            renderToolbar={(rowsInView) => (
              <>
                {!readOnly && (
                  <>
                    <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'new' })}>
                      {t.newInitiative}
                    </button>
                    <ImportButton overview={overview} today={todayIso()} store={storage} notify={notify} onOpenOverview={onOpenOverview} />
                  </>
                )}
                <ExportButton
                  prepare={exportPreparer(overview, rows, rowsInView, asOf, view, columnVisibility)}
                  readEverything={storage.readEverything}
                  onBackupTaken={() => void storage.markBackupTaken()}
                />
              </>
            )}
          />
        )}
      </section>
      {editing && !readOnly && (
        <Suspense fallback={null}>
          <RowEditor
            initiative={editedRow}
            overview={overview}
            areas={areas}
            columns={columnsOf(overview)}
            today={todayIso()}
            onSave={async (draft, revision, log) => {
              const outcome = await actions.save(editedRow, draft, revision, log)
              if (outcome.kind === 'saved') setEditing(null)
              return outcome
            }}
            onClose={() => setEditing(null)}
          />
        </Suspense>
      )}
    </>
  )
}
