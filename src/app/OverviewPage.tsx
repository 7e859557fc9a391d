/** One open overview: header block, the table with its filters, and the row form. */
import { useMemo, useState } from 'react'
import type { Overview, InitiativeDraft } from '../domain/model'
import { toViewRows, createDeadlineReader, type ViewRow } from '../domain/view-row'
import { storage, useInitiatives } from '../storage'
import { storageErrors, t } from '../strings'
import type { ToastMessage } from '../ui/Toast'
import { OverviewHeader } from '../features/overview/OverviewHeader'
import { TableView } from '../features/table/TableView'
import { InitiativeForm } from '../features/editor/InitiativeForm'
import { ExportButton } from '../features/export/ExportButton'
import { viewDocument, wholeDocument } from './export-document'
import type { DraftIssues } from '../features/editor/validate-draft'
import { todayIso, useColumnVisibility, useViewState } from './use-view-state'

type Editing = { mode: 'new' } | { mode: 'edit'; row: ViewRow } | null

interface OverviewPageProps {
  overview: Overview
  notify: (message: Omit<ToastMessage, 'id'>) => void
}

export function OverviewPage({ overview, notify }: OverviewPageProps) {
  const initiatives = useInitiatives(overview.id)
  const [view, setView] = useViewState()
  const [columnVisibility, setColumnVisibility] = useColumnVisibility()
  const [editing, setEditing] = useState<Editing>(null)
  const asOf = view.asOf ?? todayIso()
  // One reader per open overview: a reading is computed once per text, not per render.
  const read = useMemo(() => createDeadlineReader(), [])
  const rows = useMemo(() => toViewRows(initiatives ?? [], overview, asOf, read), [initiatives, overview, asOf, read])
  const areas = useMemo(() => [...new Set(rows.map((r) => r.initiative.area))], [rows])

  async function save(draft: InitiativeDraft): Promise<DraftIssues | null> {
    const result = editing?.mode === 'edit' ? await storage.updateInitiative(editing.row.id, draft, editing.row.initiative.revision) : await storage.addInitiative(overview.id, draft)
    if (result.ok) {
      setEditing(null)
      notify({ kind: 'success', text: editing?.mode === 'edit' ? t.saved : t.added, ms: 5000 })
      return null
    }
    if (result.code === 'invalid') return Object.fromEntries(result.issues.map((i) => [i.field, i.code]))
    notify({ kind: 'error', text: storageErrors[result.code] })
    return {}
  }

  async function remove(row: ViewRow) {
    const result = await storage.deleteInitiative(row.id)
    if (!result.ok) return notify({ kind: 'error', text: storageErrors[result.code] })
    const record = result.value
    notify({
      kind: 'info',
      text: t.deleted(record.title),
      ms: 15_000,
      action: {
        label: t.undo,
        run: async () => {
          const restored = await storage.restoreInitiatives([record])
          if (!restored.ok) notify({ kind: 'error', text: storageErrors[restored.code] })
        },
      },
    })
  }

  return (
    <>
      <OverviewHeader
        overview={overview}
        onSave={async (values) => {
          const result = await storage.updateOverviewHeader(overview.id, values)
          if (result.ok) return null
          if (result.code === 'invalid') return Object.fromEntries(result.issues.map((i) => [i.field, i.code]))
          notify({ kind: 'error', text: storageErrors[result.code] })
          return {}
        }}
      />
      <section id="indsatser" aria-label={t.tableName} className="overview-table-section">
        {initiatives === undefined ? (
          <p>{t.loading}</p>
        ) : (
          <TableView
            rows={rows}
            view={view}
            onViewChange={setView}
            asOf={asOf}
            meetingDate={overview.meetingDate}
            columnVisibility={columnVisibility}
            onColumnVisibilityChange={setColumnVisibility}
            onEdit={(row) => setEditing({ mode: 'edit', row })}
            onDelete={remove}
            renderToolbar={(rowsInView) => (
              <>
                <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'new' })}>
                  {t.newInitiative}
                </button>
                <ExportButton
                  prepare={() => {
                    const shown = rowsInView()
                    return {
                      buildDocument: (scope) => (scope === 'view' ? viewDocument(overview, shown, asOf, view.grouped, columnVisibility) : wholeDocument(overview, rows, asOf)),
                      counts: { view: shown.length, all: rows.length },
                    }
                  }}
                  readEverything={storage.readEverything}
                  onBackupTaken={() => void storage.markBackupTaken()}
                />
              </>
            )}
          />
        )}
      </section>
      {editing && (
        <InitiativeForm
          initiative={editing.mode === 'edit' ? editing.row.initiative : undefined}
          reference={overview.meetingDate || todayIso()}
          areas={areas}
          onSave={save}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  )
}
