/**
 * An overview's own extra columns (Kolonner → Tilføj kolonne): the rules for their names
 * and their values. Pure: the form, the import, the restore and the storage's writes all
 * check with these, and the UI maps each code to one Danish sentence (src/strings/columns.ts).
 */
import { parseDateEntry } from '../date-entry'
import { normaliseForSearch as foldName } from '../text'
import { COLUMN_NAME_MAX, EXTRA_TEXT_MAX, type ExtraColumn, type ExtraColumnType, type ExtraValue, type ExtraValues } from './extra-types'
export * from './extra-types'

export type ColumnNameIssue = 'name-empty' | 'name-too-long' | 'name-taken'
export type ExtraValueIssue = 'number' | 'date' | 'too-long'

/**
 * Why a column name cannot be used, or null. `taken` holds every other column's name
 * (built-in labels such as "Status" too): a name must differ from them, case and
 * accents aside, so no two headers read alike.
 */
export function columnNameIssue(name: string, taken: readonly string[]): ColumnNameIssue | null {
  const trimmed = name.trim()
  if (!trimmed) return 'name-empty'
  if (trimmed.length > COLUMN_NAME_MAX) return 'name-too-long'
  const folded = foldName(trimmed)
  return taken.some((other) => foldName(other) === folded) ? 'name-taken' : null
}

/** A new column id from a source of random numbers (passed in: the domain has no randomness of its own). */
export function newColumnId(random: () => number, existing: readonly ExtraColumn[]): string {
  for (;;) {
    const id = `x${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`
    if (!existing.some((c) => c.id === id)) return id
  }
}

/**
 * A Danish number as people type it: "12.500", "3,5", "-12.500,75", "1 000". A dot between
 * groups of three digits is a thousands separator, a comma the decimal mark; a lone dot with
 * other than three digits after it is read as a decimal point ("3.5").
 */
export function parseDanishNumber(text: string): number | null {
  const typed = text.trim().replace(/[\s\u00a0]/g, '').replace(/^−/, '-')
  if (!/^-?[\d.,]+$/.test(typed) || !/\d/.test(typed)) return null
  let normal: string
  if (typed.includes(',')) {
    if (!/^-?\d{1,3}(\.\d{3})*(,\d+)?$/.test(typed) && !/^-?\d+(,\d+)?$/.test(typed)) return null
    normal = typed.replace(/\./g, '').replace(',', '.')
  } else if (/^-?\d{1,3}(\.\d{3})+$/.test(typed)) normal = typed.replace(/\./g, '')
  else if (/^-?\d+(\.\d+)?$/.test(typed)) normal = typed
  else return null
  const value = Number(normal)
  return Number.isFinite(value) ? value : null
}

export type ExtraEntry = { ok: true; value: ExtraValue | undefined } | { ok: false; code: ExtraValueIssue }

/** What a typed value becomes in a column of this type (undefined: left empty), or why it cannot. */
export function readExtraValue(type: ExtraColumnType, text: string): ExtraEntry {
  const typed = text.trim()
  if (!typed) return { ok: true, value: undefined }
  switch (type) {
    case 'text':
      return typed.length > EXTRA_TEXT_MAX ? { ok: false, code: 'too-long' } : { ok: true, value: typed }
    case 'number': {
      const value = parseDanishNumber(typed)
      return value === null ? { ok: false, code: 'number' } : { ok: true, value }
    }
    case 'date': {
      const read = parseDateEntry(typed)
      return read.ok ? { ok: true, value: read.value } : { ok: false, code: 'date' }
    }
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** Why a stored value does not fit its column's type, or null. */
export function extraValueIssue(column: Pick<ExtraColumn, 'type'>, value: ExtraValue): ExtraValueIssue | null {
  switch (column.type) {
    case 'text':
      return typeof value !== 'string' ? 'too-long' : value.length > EXTRA_TEXT_MAX ? 'too-long' : null
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'number'
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value) && parseDateEntry(value).ok ? null : 'date'
  }
}

/** Issues of a row's extra values against its overview's columns: an unknown column id is an issue too (never dropped silently). */
export function extraIssues(columns: readonly ExtraColumn[], extra: ExtraValues | undefined): { columnId: string; code: ExtraValueIssue | 'unknown-column' }[] {
  if (!extra) return []
  const byId = new Map(columns.map((c) => [c.id, c]))
  const issues: { columnId: string; code: ExtraValueIssue | 'unknown-column' }[] = []
  for (const [columnId, value] of Object.entries(extra)) {
    const column = byId.get(columnId)
    const code = column ? extraValueIssue(column, value) : 'unknown-column'
    if (code) issues.push({ columnId, code })
  }
  return issues
}

/** `extra` with one value set or cleared; undefined when no value is left (older rows stay byte-identical). */
export function withExtraValue(extra: ExtraValues | undefined, columnId: string, value: ExtraValue | undefined): ExtraValues | undefined {
  const next = { ...extra }
  if (value === undefined) delete next[columnId]
  else next[columnId] = value
  return Object.keys(next).length ? next : undefined
}
