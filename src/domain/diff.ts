/**
 * What changed between a frozen version and now ("Ændringer siden mødet …"):
 * rows added, removed and changed, with field-level before/after, grouped by area.
 *
 * The fields compared are the registry's (src/domain/columns: every column with `inDiff`),
 * plus the overview's extra columns as they were when the version was saved and as they
 * are now: a column added since has no value before, a column deleted since has none
 * after, and a renamed one is one column (matched by id) that knows both names.
 *
 * Rows are matched by id. A row deleted and added again (a new id) is matched by
 * its title within the unmatched rows, so re-typing an indsats does not show up as
 * one removal plus one addition. The order of rows is not a change.
 */
import type { Initiative } from './model'
import type { ExtraColumn } from './columns/extra-types'
import { BUILT_IN_COLUMNS, extraColumnSpec, storedValue, type ColumnSpec } from './columns/registry'
import { compareDanish, normaliseForSearch } from './text'

/** A compared column: its registry entry and, for an extra column, its name then and now. */
export interface DiffColumn {
  spec: ColumnSpec
  /** The column's name when the version was saved; undefined: added since. */
  nameBefore: string | undefined
  /** Its name now; undefined: deleted since. */
  nameAfter: string | undefined
}

export interface FieldChange {
  /** The column's id: a built-in's (`status` …) or an extra column's (`x…`). */
  field: string
  column: DiffColumn
  /** The stored values as text ('' for none); src/io/export/change-lines.ts writes them for a reader. */
  before: string
  after: string
}

export type RowChange =
  | { kind: 'added'; area: string; after: Initiative }
  | { kind: 'removed'; area: string; before: Initiative }
  | { kind: 'changed'; area: string; before: Initiative; after: Initiative; fields: FieldChange[] }

export interface AreaChanges {
  area: string
  changes: RowChange[]
}

export interface OverviewDiff {
  added: number
  removed: number
  changed: number
  areas: AreaChanges[]
}

/** The overview's extra columns when the version was saved and now (both in display order). */
export interface ExtraColumnsThenAndNow {
  before?: readonly ExtraColumn[] | undefined
  after?: readonly ExtraColumn[] | undefined
}

const BUILT_IN_DIFF_COLUMNS: readonly DiffColumn[] = BUILT_IN_COLUMNS.filter((spec) => spec.inDiff).map((spec) => ({ spec, nameBefore: spec.label, nameAfter: spec.label }))

/** The columns compared: the registry's, then the extra columns of now, then those deleted since. */
export function diffColumns({ before = [], after = [] }: ExtraColumnsThenAndNow = {}): DiffColumn[] {
  const then = new Map(before.map((column) => [column.id, column]))
  const now = new Set(after.map((column) => column.id))
  const extras = [
    ...after.map((column) => ({ spec: extraColumnSpec(column), nameBefore: then.get(column.id)?.name, nameAfter: column.name })),
    ...before.filter((column) => !now.has(column.id)).map((column) => ({ spec: extraColumnSpec(column), nameBefore: column.name, nameAfter: undefined })),
  ]
  return [...BUILT_IN_DIFF_COLUMNS, ...extras.filter((column) => column.spec.inDiff)]
}

/** A value as text; '' where the column did not exist at that side's time. */
function valueOf(column: DiffColumn, row: Initiative, side: 'nameBefore' | 'nameAfter'): string {
  if (column[side] === undefined) return ''
  const value = storedValue(column.spec, row)
  return value === undefined || value === null ? '' : String(value)
}

const titleKey = (row: Initiative) => normaliseForSearch(row.title.trim())

export function fieldChanges(before: Initiative, after: Initiative, columns: readonly DiffColumn[] = BUILT_IN_DIFF_COLUMNS): FieldChange[] {
  const changes: FieldChange[] = []
  for (const column of columns) {
    const was = valueOf(column, before, 'nameBefore')
    const is = valueOf(column, after, 'nameAfter')
    if (was !== is) changes.push({ field: column.spec.id, column, before: was, after: is })
  }
  return changes
}

export function diffInitiatives(before: readonly Initiative[], after: readonly Initiative[], extraColumns: ExtraColumnsThenAndNow = {}): OverviewDiff {
  const columns = diffColumns(extraColumns)
  const afterById = new Map(after.map((row) => [row.id, row]))
  const pairs: [Initiative, Initiative][] = []
  const removed: Initiative[] = []
  for (const row of before) {
    const match = afterById.get(row.id)
    if (match) {
      pairs.push([row, match])
      afterById.delete(row.id)
    } else removed.push(row)
  }
  // Re-added rows: pair what is left by title, first come first served.
  const leftByTitle = new Map<string, Initiative[]>()
  for (const row of afterById.values()) leftByTitle.set(titleKey(row), [...(leftByTitle.get(titleKey(row)) ?? []), row])
  const stillRemoved: Initiative[] = []
  for (const row of removed) {
    const candidates = leftByTitle.get(titleKey(row))
    const match = candidates?.shift()
    if (match) {
      pairs.push([row, match])
      afterById.delete(match.id)
    } else stillRemoved.push(row)
  }

  const changes: RowChange[] = []
  for (const [b, a] of pairs) {
    const fields = fieldChanges(b, a, columns)
    if (fields.length) changes.push({ kind: 'changed', area: a.area, before: b, after: a, fields })
  }
  for (const row of stillRemoved) changes.push({ kind: 'removed', area: row.area, before: row })
  for (const row of afterById.values()) changes.push({ kind: 'added', area: row.area, after: row })
  return {
    added: changes.filter((c) => c.kind === 'added').length,
    removed: changes.filter((c) => c.kind === 'removed').length,
    changed: changes.filter((c) => c.kind === 'changed').length,
    areas: groupByArea(changes, after, before),
  }
}

/** Areas in the current overview's order (then areas that no longer exist), rows in their order. */
function groupByArea(changes: RowChange[], after: readonly Initiative[], before: readonly Initiative[]): AreaChanges[] {
  const order = new Map<string, number>()
  for (const row of [...[...after].sort(byOrder), ...[...before].sort(byOrder)]) if (!order.has(row.area)) order.set(row.area, order.size)
  const rank = (change: RowChange) => (change.kind === 'removed' ? 1e9 + change.before.order : change.after.order)
  const areas = new Map<string, RowChange[]>()
  for (const change of changes) areas.set(change.area, [...(areas.get(change.area) ?? []), change])
  return [...areas.entries()]
    .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || compareDanish(a, b))
    .map(([area, list]) => ({ area, changes: list.sort((x, y) => rank(x) - rank(y)) }))
}

const byOrder = (a: Initiative, b: Initiative) => a.order - b.order
