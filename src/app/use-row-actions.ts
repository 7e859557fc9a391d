/** Saving and deleting (with Fortryd) rows: storage results turned into what the UI shows. */
import type { Initiative, InitiativeDraft, Overview } from '../domain/model'
import type { ViewRow } from '../domain/view-row'
import { storage, type StatusLogWrite, type WriteResult } from '../storage'
import { storageErrors, t } from '../strings'
import type { ToastMessage } from '../ui/Toast'
import type { SaveOutcome } from '../features/editor/InitiativeForm'

type Notify = (message: Omit<ToastMessage, 'id'>) => void

const NO_LOG_CHANGES: StatusLogWrite = { add: [], remove: [] }

export function useRowActions(overview: Overview, notify: Notify) {
  /** A new row, or an edit with its status-log changes (one transaction, behind the revision check). */
  async function save(editing: Initiative | undefined, draft: InitiativeDraft, expectedRevision: number | undefined, log?: StatusLogWrite): Promise<SaveOutcome> {
    if (!editing) {
      const result = await storage.addInitiative(overview.id, draft)
      if (result.ok) {
        notify({ kind: 'success', text: t.added, ms: 5000 })
        return { kind: 'saved' }
      }
      return failed(result)
    }
    const result = await storage.updateInitiativeWithLog(editing.id, draft, expectedRevision ?? editing.revision, log ?? NO_LOG_CHANGES)
    if (result.ok) {
      notify({ kind: 'success', text: t.savedWithLog(result.value.added.length, result.value.removed.length), ms: 5000 })
      return { kind: 'saved' }
    }
    return failed(result)
  }

  function failed(result: Extract<WriteResult, { ok: false }>): SaveOutcome {
    // The form names its own fields; a status-log entry ("statusLog.0.text") has no field there to point at.
    if (result.code === 'invalid' && result.issues.every((issue) => !issue.field.includes('.')))
      return { kind: 'invalid', issues: Object.fromEntries(result.issues.map((i) => [i.field, i.code])) }
    if (result.code === 'conflict') return { kind: 'conflict', current: result.current }
    notify({ kind: 'error', text: storageErrors[result.code] })
    return { kind: 'failed' }
  }

  async function remove(row: ViewRow) {
    const result = await storage.deleteInitiative(row.id)
    if (!result.ok) return notify({ kind: 'error', text: storageErrors[result.code] })
    const deleted = result.value
    notify({
      kind: 'info',
      text: t.deleted(deleted.initiative.title),
      ms: 15_000,
      action: {
        label: t.undo,
        run: async () => {
          const restored = await storage.restoreInitiatives([deleted])
          if (!restored.ok) notify({ kind: 'error', text: storageErrors[restored.code] })
        },
      },
    })
  }

  return { save, remove }
}
