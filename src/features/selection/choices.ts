/**
 * What each bulk action sets, and the choices it offers. The category choices are one
 * list: a value the data model gains (e.g. "Uden kategori") is one more entry here.
 */
import { CATEGORY_FILTER_VALUES, STATUSES } from '../../domain/model'
import type { BulkField, BulkPatch } from '../../domain/bulk-edit'
import { categoryLabel, statusLabels, t } from '../../strings'

export interface Choice<F extends BulkField> {
  /** The radio button's value (a string, also for "Uden kategori", whose value is null). */
  key: string
  value: Exclude<BulkPatch[F], undefined>
  label: string
}

export const CATEGORY_CHOICES: readonly Choice<'category'>[] = CATEGORY_FILTER_VALUES.map((key) =>
  key === 'none' ? { key, value: null, label: t.noCategory } : { key, value: key, label: categoryLabel(key) },
)

export const STATUS_CHOICES: readonly Choice<'status'>[] = STATUSES.map((value) => ({ key: value, value, label: statusLabels[value] }))

/** Fields set by picking one of a few values (radio buttons); the others are typed. */
export const CHOICES: { readonly [F in BulkField]?: readonly Choice<F>[] } = { category: CATEGORY_CHOICES, status: STATUS_CHOICES }
