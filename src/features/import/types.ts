/**
 * What the import feature needs from the rest of the app, described structurally so
 * the feature depends on no storage module: src/app passes `storage` in, tests a fake.
 */
import type { InitiativeDraft, Legend } from '../../domain/model'
import type { storageErrors } from '../../strings'
import type { ToastMessage } from '../../ui/Toast'

/** What an import added; "Fortryd import" removes exactly this. */
export interface ImportReceipt {
  overviewId: string
  createdOverview: boolean
  initiativeIds: string[]
  /** Present when the import took the place of the untouched example; "Fortryd import" puts it back. */
  replacedExample?: { overview: { id: string } }
}

type StoreFailure = { ok: false; code: keyof typeof storageErrors }
export type StoreResult<T> = { ok: true; value: T } | StoreFailure

export interface ImportStore {
  /** With `replaceUntouchedExample`, the example goes in the same transaction if it is all there is and untouched. */
  importAsNewOverview(
    header: { title: string; legend: Legend; meetingDate?: string },
    drafts: readonly InitiativeDraft[],
    options?: { replaceUntouchedExample?: boolean },
  ): Promise<StoreResult<ImportReceipt>>
  importIntoOverview(overviewId: string, drafts: readonly InitiativeDraft[]): Promise<StoreResult<ImportReceipt>>
  undoImport(receipt: ImportReceipt): Promise<StoreResult<unknown>>
  /** The example's id when it is the only overview and untouched (a new overview would then replace it), else null. */
  onlyUntouchedExample?(): Promise<string | null>
}

export type ImportTarget = 'new' | 'append'

/** The open overview, as far as the import cares. */
export interface TargetOverview {
  id: string
  title: string
  meetingDate: string
}

/** What the dialog hands over once the user presses "Importér N indsatser". */
export interface ImportRequest {
  target: ImportTarget
  /** Title and legend of a new overview (unused when appending). */
  title: string
  legend: Legend
  drafts: readonly InitiativeDraft[]
}

export type Notify = (message: Omit<ToastMessage, 'id'>) => void
