/**
 * What each bulk action sets, and the choices it offers. The category choices are one
 * list: a value the data model gains (e.g. "Uden kategori") is one more entry here.
 */
import { CATEGORIES, STATUSES } from '../../domain/model'
import type { BulkField, BulkPatch } from '../../domain/bulk-edit'
import { categoryLabel, statusLabels } from '../../strings'

export interface Choice<F extends BulkField> {
  value: NonNullable<BulkPatch[F]>
  label: string
}

export const CATEGORY_CHOICES: readonly Choice<'category'>[] = CATEGORIES.map((value) => ({ value, label: categoryLabel(value) }))

export const STATUS_CHOICES: readonly Choice<'status'>[] = STATUSES.map((value) => ({ value, label: statusLabels[value] }))

/** Fields set by picking one of a few values (radio buttons); the others are typed. */
export const CHOICES: { readonly [F in BulkField]?: readonly Choice<F>[] } = { category: CATEGORY_CHOICES, status: STATUS_CHOICES }
