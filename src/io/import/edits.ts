/**
 * The preview's corrections, as pure functions plan → plan. Each one records an
 * override and re-runs repair, so corrections survive a later remap and the plan
 * stays the single thing the dialog holds in state. A row is named by its id
 * (PlanRow.id, stable across edits). An edit that cannot apply (unknown row,
 * merging the first row) returns 'row-not-found' and the dialog keeps its plan.
 */
import type { Category, Status } from '../../domain/model'
import { typesOfExtraColumns } from './plan'
import { repair } from './repair'
import { fail, IMPORT_FIELDS, ok, type ImportField, type ImportPlan, type ImportResult, type PlanOverrides } from './types'

function withOverrides(plan: ImportPlan, overrides: PlanOverrides, mapping = plan.mapping): ImportResult<ImportPlan> {
  try {
    const columnTypes = mapping === plan.mapping ? plan.columnTypes : typesOfExtraColumns(plan.lines, mapping)
    return ok({ ...plan, mapping, overrides, columnTypes, rows: repair(plan.lines, mapping, overrides, plan.areaAbove) })
  } catch (error) {
    return fail('internal', error instanceof Error ? error.message : String(error))
  }
}

const without = (list: readonly number[], values: readonly number[]) => list.filter((x) => !values.includes(x))
const adding = (list: readonly number[], values: readonly number[]) => [...without(list, values), ...values]

function rowIndex(plan: ImportPlan, rowId: number): number {
  return plan.rows.findIndex((r) => r.id === rowId)
}

/** Merge a row into the row above ("Flet med rækken ovenfor"): its cells append to the same columns. */
export function mergeWithAbove(plan: ImportPlan, rowId: number): ImportResult<ImportPlan> {
  if (rowIndex(plan, rowId) < 1) return fail('row-not-found', String(rowId))
  const o = plan.overrides
  return withOverrides(plan, { ...o, joinAbove: adding(o.joinAbove, [rowId]), startRow: without(o.startRow, [rowId]) })
}

/** Split a merged row back into its source lines, each a row of its own ("Del rækken"). */
export function splitRow(plan: ImportPlan, rowId: number): ImportResult<ImportPlan> {
  const row = plan.rows[rowIndex(plan, rowId)]
  if (!row || row.pieces.length < 2) return fail('row-not-found', String(rowId))
  const rest = row.pieces.slice(1)
  const o = plan.overrides
  return withOverrides(plan, { ...o, startRow: adding(o.startRow, rest), joinAbove: without(o.joinAbove, rest) })
}

/** Leave a row out of the import, or take it back in. */
export function setExcluded(plan: ImportPlan, rowId: number, excluded: boolean): ImportResult<ImportPlan> {
  if (rowIndex(plan, rowId) < 0) return fail('row-not-found', String(rowId))
  const o = plan.overrides
  const list = excluded ? adding(o.excluded, [rowId]) : without(o.excluded, [rowId])
  return withOverrides(plan, { ...o, excluded: list })
}

/** Set the category of one or more rows (e.g. every row noted 'category-missing'). */
export function setCategory(plan: ImportPlan, rowIds: number | readonly number[], category: Category): ImportResult<ImportPlan> {
  return setForRows(plan, typeof rowIds === 'number' ? [rowIds] : rowIds, 'category', category)
}

/** What "Sæt … for de viste rækker" can set, and the value each takes. */
export type RowValues = { category: Category; status: Status; area: string; owner: string }
export type SettableField = keyof RowValues
const OVERRIDE_OF = { category: 'categories', status: 'statuses', area: 'areas', owner: 'owners' } as const

/**
 * Set one field of many rows at once (the preview's "Sæt kategori/status/indsatsområde/
 * ansvarlig" for the shown or ticked rows). An area or owner over the model's 500
 * characters is refused, as the form would.
 */
export function setForRows<F extends SettableField>(plan: ImportPlan, rowIds: readonly number[], field: F, value: RowValues[F]): ImportResult<ImportPlan> {
  if (rowIds.length === 0 || rowIds.some((id) => rowIndex(plan, id) < 0)) return fail('row-not-found', rowIds.join(','))
  if (typeof value === 'string' && value.length > 500) return fail('row-not-found', 'too-long')
  const key = OVERRIDE_OF[field]
  const chosen: Record<number, RowValues[F]> = { ...(plan.overrides[key] as Record<number, RowValues[F]>) }
  const text = typeof value === 'string' ? (value.trim() as RowValues[F]) : value
  for (const id of rowIds) chosen[id] = text
  return withOverrides(plan, { ...plan.overrides, [key]: chosen })
}

/**
 * Map a source column to a field and repair again. A field other than 'ignore' and
 * 'extra' belongs to one column: the column that had it before becomes an extra column,
 * so its text is still kept.
 */
export function setMapping(plan: ImportPlan, column: number, field: ImportField): ImportResult<ImportPlan> {
  if (!Number.isInteger(column) || column < 0 || column >= plan.mapping.length || !IMPORT_FIELDS.includes(field)) {
    return fail('column-not-found', String(column))
  }
  const shared = field === 'ignore' || field === 'extra'
  const mapping = plan.mapping.map((f, c) => (c === column ? field : f === field && !shared ? 'extra' : f))
  return withOverrides(plan, plan.overrides, mapping)
}
