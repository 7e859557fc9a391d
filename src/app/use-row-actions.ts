/** Saving, deleting (with Fortryd) and the status log of rows: storage results turned into what the UI shows. */
import type { Initiative, InitiativeDraft, Overview, StatusEntry } from '../domain/model'
import type { ViewRow } from '../domain/view-row'
import { storage } from '../storage'
import { meetingsText, storageErrors, t } from '../strings'
import type { ToastMessage } from '../ui/Toast'
import type { SaveOutcome } from '../features/editor/InitiativeForm'

type Notify = (message: Omit<ToastMessage, 'id'>) => void

export function useRowActions(overview: Overview, notify: Notify) {
  async function save(editing: Initiative | undefined, draft: InitiativeDraft, expectedRevision: number | undefined): Promise<SaveOutcome> {
    const result = editing ? await storage.updateInitiative(editing.id, draft, expectedRevision ?? editing.revision) : await storage.addInitiative(overview.id, draft)
    if (result.ok) {
      notify({ kind: 'success', text: editing ? t.saved : t.added, ms: 5000 })
      return { kind: 'saved' }
    }
    if (result.code === 'invalid') return { kind: 'invalid', issues: Object.fromEntries(result.issues.map((i) => [i.field, i.code])) }
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

  async function addStatus(initiativeId: string, entry: Pick<StatusEntry, 'date' | 'text' | 'author'>): Promise<boolean> {
    const result = await storage.addStatusEntry(initiativeId, entry)
    if (!result.ok) notify({ kind: 'error', text: storageErrors[result.code] })
    return result.ok
  }

  async function removeStatus(entry: StatusEntry) {
    const result = await storage.deleteStatusEntry(entry.id)
    if (!result.ok) return notify({ kind: 'error', text: storageErrors[result.code] })
    notify({
      kind: 'info',
      text: meetingsText.statusRemoved,
      ms: 15_000,
      action: { label: t.undo, run: () => void storage.restoreStatusEntry(result.value) },
    })
  }

  return { save, remove, addStatus, removeStatus }
}
