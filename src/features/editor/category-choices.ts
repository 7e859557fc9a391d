/**
 * The Kategori field's choices, in one place. "Uden kategori" (`none`, stored as null) is
 * a choice like A, B and C; "Vælg kategori" is offered only while nothing is chosen — a new
 * row starts there, so no row gets a category (or none) by accident.
 */
import { CATEGORIES } from '../../domain/model'
import { t } from '../../strings'
import type { FormCategory } from './validate-draft'

export interface CategoryChoice {
  value: FormCategory
  label: string
}

export function categoryChoices(current: FormCategory): CategoryChoice[] {
  const choices: CategoryChoice[] = [...CATEGORIES.map((category) => ({ value: category, label: category })), { value: 'none', label: t.noCategory }]
  return current ? choices : [{ value: '', label: t.chooseCategory }, ...choices]
}
