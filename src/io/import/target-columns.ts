/**
 * Where an import's extra columns go in the target overview: a column the overview already
 * has with the same name (case and accents aside) and type is reused — importing the next
 * month's table into the same overview fills its "Periode" again — else a new column is
 * added, its name made unique against the overview's columns and the built-in labels
 * ("Status (2)"), as Tilføj kolonne would require. Pure: the storage runs it inside the
 * write transaction, against the overview as it is then.
 */
import { COLUMN_NAME_MAX, MAX_EXTRA_COLUMNS, newColumnId, type ExtraColumn } from '../../domain/columns/extra'
import { normaliseForSearch as fold } from '../../domain/text'
import type { ExtraColumnDraft } from './types'

export interface PlacedColumns {
  /** The overview's columns after the import: its own, then the new ones. */
  readonly columns: ExtraColumn[]
  /** The columns the import adds (Fortryd import removes exactly these). */
  readonly added: ExtraColumn[]
  /** ExtraColumnDraft.name → the id its values are stored under. */
  readonly idByName: Record<string, string>
}

/** null when the overview would have more columns than it may (MAX_EXTRA_COLUMNS). */
export function placeImportColumns(
  existing: readonly ExtraColumn[],
  wanted: readonly ExtraColumnDraft[],
  builtInLabels: readonly string[],
  random: () => number,
): PlacedColumns | null {
  const columns = [...existing]
  const added: ExtraColumn[] = []
  const idByName: Record<string, string> = {}
  const taken = new Set([...builtInLabels, ...existing.map((c) => c.name)].map(fold))
  for (const draft of wanted) {
    const same = existing.find((c) => fold(c.name) === fold(draft.name) && c.type === draft.type)
    if (same) {
      idByName[draft.name] = same.id
      continue
    }
    const base = draft.name.trim().slice(0, COLUMN_NAME_MAX - 5).trim() || 'Kolonne'
    let name = base
    for (let n = 2; taken.has(fold(name)); n++) name = `${base} (${n})`
    taken.add(fold(name))
    const column: ExtraColumn = { id: newColumnId(random, columns), name, type: draft.type }
    columns.push(column)
    added.push(column)
    idByName[draft.name] = column.id
  }
  return columns.length > MAX_EXTRA_COLUMNS ? null : { columns, added, idByName }
}
