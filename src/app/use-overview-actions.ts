/** The list of overviews' actions: create, rename, roll forward and delete (with Fortryd). */
import type { Overview } from '../domain/model'
import { storage } from '../storage'
import { meetingsText, sharingButtons, storageErrors, t } from '../strings'
import type { ToastMessage } from '../ui/Toast'

type Notify = (message: Omit<ToastMessage, 'id'>) => void

export function useOverviewActions(open: (id: string | null) => void, notify: Notify, currentId: string | undefined) {
  async function create() {
    const result = await storage.createEmptyOverview(t.newOverviewTitle)
    if (result.ok) open(result.value.id)
    else notify({ kind: 'error', text: storageErrors[result.code] })
  }

  async function rename(overview: Overview, title: string): Promise<boolean> {
    const { title: _old, id: _id, createdAt: _c, updatedAt: _u, ...rest } = overview
    const result = await storage.updateOverviewHeader(overview.id, { ...rest, title })
    if (!result.ok) notify({ kind: 'error', text: storageErrors[result.code] })
    return result.ok
  }

  async function rollForward(overview: Overview, title: string, meetingDate: string): Promise<boolean> {
    const result = await storage.rollOverviewForward(overview.id, title, meetingDate)
    if (!result.ok) {
      notify({ kind: 'error', text: storageErrors[result.code] })
      return false
    }
    open(result.value.id)
    notify({ kind: 'success', text: meetingsText.rolledForward(result.value.title) })
    return true
  }

  /** `text` says what was deleted, when "Oversigten … er slettet." is not the best way to put it (the example). */
  async function remove(overview: Overview, text = meetingsText.overviewDeleted(overview.title)) {
    // A shared overview is deleted here only; the message says so (Fortryd brings it back, still shared).
    if (await storage.readShare(overview.id)) text = sharingButtons.deletedShared(overview.title)
    const result = await storage.deleteOverview(overview.id)
    if (!result.ok) return notify({ kind: 'error', text: storageErrors[result.code] })
    const bundle = result.value
    if (overview.id === currentId) open(null)
    notify({
      kind: 'info',
      text,
      ms: 15_000,
      action: {
        label: t.undo,
        run: async () => {
          const restored = await storage.restoreOverview(bundle)
          if (restored.ok) open(bundle.overview.id)
          else notify({ kind: 'error', text: storageErrors[restored.code] })
        },
      },
    })
  }

  return { create, rename, rollForward, remove }
}
