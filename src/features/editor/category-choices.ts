/**
 * The Kategori field's choices, in one place: a kind of category added later (such as
 * "Uden kategori") is one more entry here. "Vælg kategori" is offered only while nothing
 * is chosen — a new row starts there.
 */
import { CATEGORIES, type Category } from '../../domain/model'
import { t } from '../../strings'

export interface CategoryChoice {
  value: Category | ''
  label: string
}

export function categoryChoices(current: Category | ''): CategoryChoice[] {
  const choices: CategoryChoice[] = CATEGORIES.map((category) => ({ value: category, label: category }))
  return current ? choices : [{ value: '', label: t.chooseCategory }, ...choices]
}
