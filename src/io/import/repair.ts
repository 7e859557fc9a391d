/**
 * Lines → rows. Runs on every plan change (it is O(lines) and cheap), so the
 * user's corrections are stored as overrides and replayed here rather than
 * patched into rows: a remap re-anchors every line and the corrections still hold.
 *
 * - A line with a category starts a row; in a category table a line without one
 *   continues the row above: its cells append, with a space, to the same columns.
 * - Without a category column, a line continues the row above when it has no
 *   title, or is mostly empty and reads as the rest of a sentence (starts in lower
 *   case, or the cell above did not end a sentence and this one not in capitals).
 * - The area is filled down; an area-only "heading" line sets it for the rows below.
 */
import type { Category } from '../../domain/model'
import { makeLayout, placeLine, type Layout, type Placed } from './place'
import { endsSentence, readStatus, startsLowercase, startsUppercase } from './text'
import { TEXT_FIELDS, type ImportField, type ImportNote, type PlanOverrides, type PlanRow, type SourceLine, type TextField } from './types'

/** Model limits (src/domain/model.ts); longer text is flagged, never cut. */
const MAX_LENGTH: Record<TextField, number> = {
  area: 500,
  title: 20_000,
  method: 20_000,
  deadlineText: 2_000,
  owner: 500,
  remarks: 20_000,
}

type PartField = TextField | 'status'

interface Builder {
  id: number
  pieces: number[]
  /**
   * Per field, the row's pieces of text joined with a space, and the last piece alone
   * ('' while there is none; a piece is never empty). Strings rather than arrays of
   * pieces: a big paste builds tens of thousands of rows, most of them one line.
   */
  text: Record<PartField, string>
  last: Record<PartField, string>
  category: Category | null
  categoryUnknown: boolean
  shifted: boolean
  dropped: boolean
}

type Entry = Builder | { heading: string }

export function repair(lines: readonly SourceLine[], mapping: readonly ImportField[], overrides: PlanOverrides): PlanRow[] {
  const layout = makeLayout(mapping, lines)
  const joinAbove = new Set(overrides.joinAbove)
  const startRow = new Set(overrides.startRow)
  const entries: Entry[] = []
  let current: Builder | null = null
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (!line) continue
    const placed = placeLine(line, layout)
    if (placed.kind === 'empty') continue
    const forcedStart = startRow.has(index)
    const forcedJoin = !forcedStart && joinAbove.has(index) && current !== null
    if (!forcedJoin && !forcedStart && placed.kind === 'heading') {
      entries.push({ heading: placed.cells[layout.areaCol] ?? '' })
      continue
    }
    const continues =
      current !== null &&
      !forcedStart &&
      (forcedJoin || placed.kind === 'continuation' || (placed.kind === 'undecided' && readsAsContinuation(placed, current, layout)))
    if (current && continues) {
      append(current, placed, index, layout)
    } else {
      current = start(placed, index, layout)
      entries.push(current)
    }
  }
  return finish(entries, overrides)
}

function emptyParts(): Record<PartField, string> {
  return { area: '', title: '', method: '', deadlineText: '', owner: '', remarks: '', status: '' }
}

function start(placed: Placed, index: number, layout: Layout): Builder {
  const row: Builder = {
    id: index,
    pieces: [],
    text: emptyParts(),
    last: emptyParts(),
    category: placed.category,
    categoryUnknown: placed.categoryUnknown,
    shifted: false,
    dropped: false,
  }
  append(row, placed, index, layout, true)
  return row
}

function append(row: Builder, placed: Placed, index: number, layout: Layout, first = false): void {
  row.pieces.push(index)
  row.shifted ||= placed.shifted
  row.dropped ||= placed.dropped
  if (!row.category && placed.category) row.category = placed.category
  const { mapping } = layout
  for (let col = 0; col < mapping.length; col++) {
    const field = mapping[col]
    if (!field || field === 'ignore' || field === 'category') continue
    const text = placed.cells[col] ?? ''
    // A merged cell's copy repeats text the row already has.
    if (text === '' || (!first && placed.spanned[col])) continue
    const sofar = row.text[field]
    row.text[field] = sofar === '' ? text : `${sofar} ${text}`
    row.last[field] = text
  }
}

function readsAsContinuation(placed: Placed, row: Builder, layout: Layout): boolean {
  const { cells, spanned } = placed
  let filled = 0
  let mapped = 0
  let first = -1
  for (let col = 0; col < layout.mapping.length; col++) {
    if (layout.mapping[col] === 'ignore') continue
    mapped++
    if ((cells[col] ?? '') !== '' && !spanned[col]) {
      filled++
      if (first < 0) first = col
    }
  }
  const titleText = layout.titleCol >= 0 ? (cells[layout.titleCol] ?? '') : ''
  if (layout.titleCol >= 0 && titleText === '') return true
  if (filled > Math.max(1, Math.floor(mapped / 2))) return false
  const text = cells[first] ?? ''
  if (startsLowercase(text)) return true
  const field = layout.mapping[first]
  const above = field && field !== 'ignore' && field !== 'category' ? row.last[field] : ''
  return above !== '' && !endsSentence(above) && !startsUppercase(text)
}

function finish(entries: readonly Entry[], overrides: PlanOverrides): PlanRow[] {
  const excluded = new Set(overrides.excluded)
  const rows: PlanRow[] = []
  let lastArea = ''
  for (const entry of entries) {
    if ('heading' in entry) {
      lastArea = entry.heading
      continue
    }
    const notes: ImportNote[] = []
    const { text } = entry
    let area = text.area
    if (area === '' && lastArea !== '') {
      area = lastArea
      notes.push('area-filled')
    } else if (area !== '') {
      lastArea = area
    }
    if (entry.pieces.length > 1) notes.push('merged-continuation')
    if (entry.shifted) notes.push('cells-shifted')
    const chosen = overrides.categories[entry.id]
    const category = chosen ?? entry.category
    if (!category) notes.push(entry.categoryUnknown ? 'category-unknown' : 'category-missing')
    const { title, method, deadlineText, owner, remarks } = text
    if (title === '') notes.push('title-missing')
    const statusText = text.status
    const status = statusText === '' ? null : readStatus(statusText)
    if (statusText !== '' && !status) notes.push('status-unknown')
    if (entry.dropped) notes.push('extra-cells')
    const row: PlanRow = { id: entry.id, pieces: entry.pieces, area, title, method, deadlineText, owner, remarks, category, status, notes, excluded: excluded.has(entry.id) }
    if (TEXT_FIELDS.some((f) => row[f].length > MAX_LENGTH[f])) notes.push('text-too-long')
    rows.push(row)
  }
  return rows
}
