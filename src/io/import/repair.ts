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
 * - The area is filled down; an area-only "heading" line, or a section heading row
 *   ("INDSATSOMRÅDE 1: …", also just above the header), sets it for the rows below.
 * - A numbering column ("1.2") stays in front of the indsats; status words are read into
 *   one of the five statuses and kept as written; extra columns are carried per column.
 */
import type { Category } from '../../domain/model'
import { makeLayout, placeLine, type Layout, type Placed } from './place'
import { endsSentence, readStatusInText, startsLowercase, startsUppercase } from './text'
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

/** A status-log entry and an extra column's text hold at most 20,000 characters, like a row's long texts. */
const tooLongForLog = (text: string) => text.length > 20_000
const tooLongForColumn = (text: string) => text.length > 20_000

type PartField = TextField | 'status' | 'number'

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
  /** Source column → joined text of its 'extra' cells. */
  extras: Record<number, string>
  category: Category | null
  categoryUnknown: boolean
  shifted: boolean
  dropped: boolean
}

type Entry = Builder | { heading: string }

export function repair(lines: readonly SourceLine[], mapping: readonly ImportField[], overrides: PlanOverrides, areaAbove = ''): PlanRow[] {
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
      // The area cell, or the one cell a heading row spanning the table has its text in.
      entries.push({ heading: placed.cells[layout.areaCol] || placed.cells.find((c) => c !== '') || '' })
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
  return finish(entries, overrides, areaAbove)
}

function emptyParts(): Record<PartField, string> {
  return { area: '', title: '', method: '', deadlineText: '', owner: '', remarks: '', status: '', number: '' }
}

function start(placed: Placed, index: number, layout: Layout): Builder {
  const row: Builder = {
    id: index,
    pieces: [],
    text: emptyParts(),
    last: emptyParts(),
    extras: {},
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
    if (field === 'extra') {
      const sofar = row.extras[col] ?? ''
      row.extras[col] = sofar === '' ? text : sofar + glue(sofar, text) + text
      continue
    }
    const sofar = row.text[field]
    row.text[field] = sofar === '' ? text : sofar + glue(sofar, text) + text
    row.last[field] = text
  }
}

const WORD_BREAK = /\p{L}-$/u
const JOINING_WORD = /^(?:og|eller|samt|til)\b/

/** A word broken by a hyphen at the line end ("forældre-" + "inddragelse") is joined whole; other lines with a space. */
function glue(before: string, after: string): string {
  return WORD_BREAK.test(before) && startsLowercase(after) && !JOINING_WORD.test(after) ? '' : ' '
}

/** More "(" than ")": the cell stopped inside a parenthesis. */
function openParenthesis(text: string): boolean {
  let depth = 0
  for (const ch of text) {
    if (ch === '(') depth++
    else if (ch === ')' && depth > 0) depth--
  }
  return depth > 0
}

/** Fields whose cells are running text; a line that fills any other one starts a row. */
const RUNNING_TEXT = new Set<ImportField>(['area', 'title', 'method', 'owner', 'remarks', 'extra'])

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
  // A deadline, status or number of its own: a row of its own.
  for (let col = 0; col < layout.mapping.length; col++) {
    const field = layout.mapping[col]
    if (field && !RUNNING_TEXT.has(field) && field !== 'ignore' && (cells[col] ?? '') !== '' && !spanned[col]) return false
  }
  const titleText = layout.titleCol >= 0 ? (cells[layout.titleCol] ?? '') : ''
  if (layout.titleCol >= 0 && titleText === '') return true
  if (filled > Math.max(1, Math.floor(mapped / 2))) return false
  const text = cells[first] ?? ''
  if (startsLowercase(text)) return true
  const field = layout.mapping[first]
  const above = field && field !== 'ignore' && field !== 'category' && field !== 'extra' ? row.last[field] : ''
  if (above === '' || endsSentence(above)) return false
  if (openParenthesis(above) || WORD_BREAK.test(above)) return true
  // Every row of this table has a deadline and this line has none: the cell above goes on.
  if (layout.deadlineCol >= 0 && row.text.deadlineText !== '') return true
  return !startsUppercase(text)
}

function finish(entries: readonly Entry[], overrides: PlanOverrides, areaAbove: string): PlanRow[] {
  const excluded = new Set(overrides.excluded)
  const rows: PlanRow[] = []
  let lastArea = areaAbove
  let fromHeading = areaAbove !== ''
  for (const entry of entries) {
    if ('heading' in entry) {
      lastArea = entry.heading
      fromHeading = true
      continue
    }
    const notes: ImportNote[] = []
    const { text } = entry
    let area = text.area
    const chosenArea = overrides.areas[entry.id]
    if (area === '' && lastArea !== '') {
      area = lastArea
      notes.push(fromHeading ? 'area-from-heading' : 'area-filled')
    } else if (area !== '') {
      lastArea = area
      fromHeading = false
    }
    // An area set by hand (Sæt indsatsområde) wins, and rows below still follow the source.
    if (chosenArea !== undefined) {
      area = chosenArea
      notes.length = 0 // only the area's own notes are in it yet: the area no longer comes from above
    }
    if (entry.pieces.length > 1) notes.push('merged-continuation')
    if (entry.shifted) notes.push('cells-shifted')
    const chosen = overrides.categories[entry.id]
    const category = chosen ?? entry.category
    if (!category) notes.push(entry.categoryUnknown ? 'category-unknown' : 'category-missing')
    const { method, deadlineText, remarks } = text
    const owner = overrides.owners[entry.id] ?? text.owner
    // The numbering stays with the indsats: "1.2 Ny HR-Enhed".
    const title = text.number === '' ? text.title : text.title === '' ? text.number : `${text.number} ${text.title}`
    if (text.title === '') notes.push('title-missing')
    const statusText = text.status
    // A status set by hand (Sæt status) wins; the words as written still become the status log.
    const status = overrides.statuses[entry.id] ?? (statusText === '' ? null : readStatusInText(statusText))
    if (statusText !== '' && !status) notes.push('status-unknown')
    if (entry.dropped) notes.push('extra-cells')
    const row: PlanRow = {
      id: entry.id,
      pieces: entry.pieces,
      area,
      title,
      method,
      deadlineText,
      owner,
      remarks,
      category,
      status,
      statusText,
      extras: entry.extras,
      notes,
      excluded: excluded.has(entry.id),
    }
    if (TEXT_FIELDS.some((f) => row[f].length > MAX_LENGTH[f]) || tooLongForLog(statusText) || Object.values(entry.extras).some(tooLongForColumn)) notes.push('text-too-long')
    rows.push(row)
  }
  return rows
}
