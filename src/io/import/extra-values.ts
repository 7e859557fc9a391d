/**
 * The values of a plan's extra columns as the overview will store them, and each column's
 * final type. The reader guessed a type from the cells it saw (plan.columnTypes); here every
 * included row's value is read as that type, and a column where one value does not read
 * (a "ca. 12" among numbers, after a merge or a remap) is kept as Tekst instead: a typed
 * column would have to drop that text, and nothing the source holds is dropped.
 */
import { COLUMN_NAME_MAX, extraValueIssue, type ExtraColumnType, type ExtraValue } from '../../domain/columns/extra'
import { normaliseForSearch as fold } from '../../domain/text'
import { readDanishNumber, readExactDate } from './typing'
import type { ExtraColumnDraft, ImportPlan, PlanRow } from './types'

export interface PlannedExtraColumn extends ExtraColumnDraft {
  /** The source column it is read from. */
  readonly column: number
}

/**
 * The plan's extra columns, named by the header ("Kolonne 4" without one), cut to the
 * 60 characters a column name may have, made unique within the import ("Periode (2)").
 * Typed as the reader guessed; `settleExtraColumns` decides the final type.
 */
export function extraColumnsOf(plan: ImportPlan): PlannedExtraColumn[] {
  const used = new Set<string>()
  const columns: PlannedExtraColumn[] = []
  plan.mapping.forEach((field, column) => {
    if (field !== 'extra') return
    const base = (plan.header?.[column]?.trim() || `Kolonne ${column + 1}`).slice(0, COLUMN_NAME_MAX - 5).trim()
    let name = base
    for (let n = 2; used.has(fold(name)); n++) name = `${base} (${n})`
    used.add(fold(name))
    columns.push({ column, name, type: plan.columnTypes[column] ?? 'text' })
  })
  return columns
}

/** A cell read as a value of `type`; null when it does not read as one (text always reads). */
export function readAs(type: ExtraColumnType, text: string): ExtraValue | null {
  const value = type === 'number' ? readDanishNumber(text) : type === 'date' ? readExactDate(text) : text
  // The storage checks every value with the domain's rule: what it would refuse is not that type.
  return value !== null && extraValueIssue({ type }, value) === null ? value : null
}

/** Each extra column with its final type: the reader's guess, or Tekst when a value of `rows` does not read as it. */
export function settleExtraColumns(columns: readonly PlannedExtraColumn[], rows: readonly PlanRow[]): PlannedExtraColumn[] {
  return columns.map((c) => {
    if (c.type === 'text') return c
    const reads = rows.every((row) => row.excluded || (row.extras[c.column] ?? '') === '' || readAs(c.type, row.extras[c.column] ?? '') !== null)
    return reads ? c : { ...c, type: 'text' }
  })
}

/** One row's values by column name; empty cells are left out (the row has no value there). */
export function extraValuesOf(row: PlanRow, columns: readonly PlannedExtraColumn[]): Record<string, ExtraValue> {
  const values: Record<string, ExtraValue> = {}
  for (const { column, name, type } of columns) {
    const text = row.extras[column] ?? ''
    if (text === '') continue
    values[name] = readAs(type, text) ?? text
  }
  return values
}
