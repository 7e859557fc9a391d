/**
 * Ny indsats and Rediger: the row form (features/editor) with, for a saved row, its status
 * log (features/status-log) below it. The two features do not know each other; here the
 * log's pending changes are held (StatusLogEdit) and handed to the form's one Gem, which
 * saves the row and the log together. Loaded on first use, with the form.
 */
import { useReducer, useState } from 'react'
import type { Initiative, InitiativeDraft, Overview, Status } from '../domain/model'
import { noteEntry, startStatusLogEdit, statusChangeText, statusLogReducer, statusLogUnsaved, statusLogWrite } from '../domain/status-log-edit'
import { useStatusLog, type StatusLogWrite } from '../storage'
import { InitiativeForm, type SaveOutcome } from '../features/editor/InitiativeForm'
import type { ColumnSpec } from '../domain/columns'
import { StatusChangeNote, StatusLogPanel } from '../features/status-log/parts'

interface RowEditorProps {
  /** The row being edited, or undefined for Ny indsats. */
  initiative: Initiative | undefined
  /** The overview the row belongs to (the form reads its deadline against it). */
  overview: Pick<Overview, 'meetingDate'>
  areas: string[]
  /** The overview's columns (its extra columns get fields in the form). */
  columns: readonly ColumnSpec[]
  /** Today (ISO): the date of new status entries. */
  today: string
  /** `log` is undefined for a new row (it has no log yet). */
  onSave: (draft: InitiativeDraft, expectedRevision: number | undefined, log: StatusLogWrite | undefined) => Promise<SaveOutcome>
  onClose: () => void
}

export function RowEditor({ initiative, overview, areas, columns, today, onSave, onClose }: RowEditorProps) {
  if (!initiative) return <InitiativeForm overview={overview} today={today} areas={areas} columns={columns} onSave={(draft) => onSave(draft, undefined, undefined)} onClose={onClose} />
  return <EditWithLog initiative={initiative} overview={overview} areas={areas} columns={columns} today={today} onSave={onSave} onClose={onClose} />
}

function EditWithLog({ initiative, overview, areas, columns, today, onSave, onClose }: RowEditorProps & { initiative: Initiative }) {
  const saved = useStatusLog(initiative.id)
  const [edit, dispatch] = useReducer(statusLogReducer, today, startStatusLogEdit)
  const [status, setStatus] = useState<Status>(initiative.status)
  const suggested = statusChangeText(initiative.status, status)

  return (
    <InitiativeForm
      initiative={initiative}
      overview={overview}
      today={today}
      areas={areas}
      columns={columns}
      onClose={onClose}
      detailUnsaved={statusLogUnsaved(edit, today)}
      checkDetail={() => {
        const write = statusLogWrite(edit, null)
        dispatch({ type: 'show-issues', issues: write.ok ? {} : write.issues })
        return write.ok
      }}
      onStatusChange={setStatus}
      statusDetail={suggested && <StatusChangeNote suggested={suggested} edit={edit} today={today} dispatch={dispatch} />}
      onSave={async (draft, revision) => {
        const write = statusLogWrite(edit, noteEntry(edit, suggested, today))
        // checkDetail has refused this already; kept for the types' sake.
        if (!write.ok) return { kind: 'invalid', issues: {} }
        return onSave(draft, revision, { add: write.add, remove: write.remove })
      }}
    >
      <StatusLogPanel entries={saved} edit={edit} dispatch={dispatch} />
    </InitiativeForm>
  )
}
