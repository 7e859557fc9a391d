/**
 * What the import feature needs from the rest of the app, described structurally so
 * the feature depends on no storage module: src/app passes `storage` in, tests a fake.
 */
import type { Legend } from '../../domain/model'
import type { ExtraColumnDraft, ImportedRow } from '../../io/import'
import type { storageErrors } from '../../strings'
import type { ToastMessage } from '../../ui/Toast'

/** What an import added; "Fortryd import" removes exactly this. */
export interface ImportReceipt {
  overviewId: string
  createdOverview: boolean
  initiativeIds: string[]
  /** The extra columns an import into an existing overview added (Fortryd import takes them out again). */
  addedColumnIds?: string[]
  /** Present when the import took the place of the untouched example; "Fortryd import" puts it back. */
  replacedExample?: { overview: { id: string } }
}

type StoreFailure = { ok: false; code: keyof typeof storageErrors }
export type StoreResult<T> = { ok: true; value: T } | StoreFailure

/**
 * What one import writes, in one transaction: rows in source order (values of extra columns
 * by column name, the first status-log entries), the columns they fill, the text above the table.
 */
export interface ImportBatch {
  columns: readonly ExtraColumnDraft[]
  rows: readonly ImportedRow[]
  notes?: string
}

export interface ImportStore {
  /** With `replaceUntouchedExample`, the example goes in the same transaction if it is all there is and untouched. */
  importAsNewOverview(
    header: { title: string; legend: Legend; meetingDate?: string },
    batch: ImportBatch,
    options?: { replaceUntouchedExample?: boolean },
  ): Promise<StoreResult<ImportReceipt>>
  importIntoOverview(overviewId: string, batch: ImportBatch): Promise<StoreResult<ImportReceipt>>
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
  batch: ImportBatch
}

export type Notify = (message: Omit<ToastMessage, 'id'>) => void
