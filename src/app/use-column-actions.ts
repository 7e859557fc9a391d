/** Kolonner's Tilføj kolonne, Omdøb and Slet kolonne (with Fortryd): storage results turned into what the UI shows. */
import type { Overview } from '../domain/model'
import type { ExtraColumn, ExtraColumnType } from '../domain/columns'
import { storage, type WriteResult } from '../storage'
import { storageErrors, t } from '../strings'
import type { ColumnErrorCode } from '../strings/columns'
import type { ToastMessage } from '../ui/Toast'
import type { ColumnEditing } from '../features/table/ColumnChooser'

type Notify = (message: Omit<ToastMessage, 'id'>) => void
type Named = WriteResult<ExtraColumn> | { ok: false; code: ColumnErrorCode }

// The words load with the first column change, not with the page.
const words = () => import('../strings/columns').then((m) => m.columnsText)

export function columnEditing(overview: Overview, notify: Notify): ColumnEditing {
  /** A name the rules refuse stays in the dialog; any other failure is a toast. */
  async function outcome(result: Named, done: (name: string) => string): Promise<ColumnErrorCode | 'failed' | null> {
    if (result.ok) {
      notify({ kind: 'success', text: done(result.value.name), ms: 5000 })
      return null
    }
    if (result.code === 'name-empty' || result.code === 'name-too-long' || result.code === 'name-taken') return result.code
    notify({ kind: 'error', text: result.code === 'unknown-column-type' ? storageErrors.invalid : storageErrors[result.code] })
    return 'failed'
  }

  return {
    add: async (name: string, type: ExtraColumnType) => outcome(await storage.addColumn(overview.id, name, type), (await words()).added),
    rename: async (column: ExtraColumn, name: string) => outcome(await storage.renameColumn(overview.id, column.id, name), (await words()).renamed),
    remove: async (column: ExtraColumn) => {
      const result = await storage.deleteColumn(overview.id, column.id)
      if (!result.ok) return notify({ kind: 'error', text: storageErrors[result.code] })
      const deleted = result.value
      notify({
        kind: 'info',
        text: (await words()).deleted(column.name),
        ms: 15_000,
        action: {
          label: t.undo,
          run: async () => {
            const restored = await storage.restoreColumn(deleted)
            if (!restored.ok) notify({ kind: 'error', text: storageErrors[restored.code] })
          },
        },
      })
    },
  }
}
