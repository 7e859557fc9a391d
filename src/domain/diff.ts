/**
 * What changed between a frozen version and now ("Ændringer siden mødet …"):
 * rows added, removed and changed, with field-level before/after, grouped by area.
 *
 * Rows are matched by id. A row deleted and added again (a new id) is matched by
 * its title within the unmatched rows, so re-typing an indsats does not show up as
 * one removal plus one addition. The order of rows is not a change.
 */
import type { Initiative } from './model'
import { compareDanish, normaliseForSearch } from './text'

export const DIFF_FIELDS = ['area', 'category', 'title', 'method', 'deadlineText', 'fixedDeadline', 'status', 'owner', 'notes'] as const
export type DiffField = (typeof DIFF_FIELDS)[number]

export interface FieldChange {
  field: DiffField
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

const valueOf = (row: Initiative, field: DiffField): string => String(row[field] ?? '')
const titleKey = (row: Initiative) => normaliseForSearch(row.title.trim())

export function fieldChanges(before: Initiative, after: Initiative): FieldChange[] {
  return DIFF_FIELDS.filter((field) => valueOf(before, field) !== valueOf(after, field)).map((field) => ({
    field,
    before: valueOf(before, field),
    after: valueOf(after, field),
  }))
}

export function diffInitiatives(before: readonly Initiative[], after: readonly Initiative[]): OverviewDiff {
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
    const fields = fieldChanges(b, a)
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
