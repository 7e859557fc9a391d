/**
 * Import of a Bilag table (issue 4): the pure core behind the import dialog.
 *
 *   source ──read──▶ ImportPlan ──edits──▶ ImportPlan ──toDrafts──▶ ImportOutcome (rows, extra columns, status logs)
 *
 * 1. Read: importClipboard({ html, text }) for a paste (prefers Word's/Excel's
 *    HTML table), importText(text), importHtml(html) or importFile(file, { sheet }).
 *    Each finds the header, maps the columns, reads title and a/b/c legend above
 *    the table and repairs the rows (area filled down, shifted PDF cells put back,
 *    continuation lines merged). Every row carries note codes for the preview
 *    (NOTE_SEVERITY says which block the import; Danish texts in src/strings/import-dialog.ts).
 * 2. Edit (the preview): mergeWithAbove, splitRow, setExcluded, setCategory,
 *    setMapping. Each returns a new plan; the old one is untouched.
 * 3. Commit: toDrafts(plan, { reference, statusDate }) → rows in source order with their
 *    deadline readings, extra values (by column name) and first status-log entry, the
 *    extra columns to add, the text above the table and a title for a new overview, or
 *    'rows-need-attention'. documentDateOf(plan, today) says which date the year comes from.
 *
 * Every function returns ImportResult ({ ok: true, value } | { ok: false, code,
 * detail? }) and never throws. No React, no storage: the dialog owns state and
 * the commit. xlsx support loads exceljs on demand, .docx jszip, .pdf pdf.js (./pdf.ts).
 *
 * Sketch:
 *   const r = importClipboard({ html: e.clipboardData.getData('text/html'), text: e.clipboardData.getData('text/plain') })
 *   if (!r.ok) show(importErrorMessages[r.code]); else setPlan(r.value)
 *   … const m = mergeWithAbove(plan, row.id); if (m.ok) setPlan(m.value)
 *   const out = toDrafts(plan, { reference: meetingDate || today })
 *   if (out.ok) commit(out.value.title, out.value.legend, out.value.extraColumns, out.value.rows)
 */
import { decodeBytes } from './decode'
import { fileDay } from './document-date'
import { readDocx } from './docx'
import { parseDelimited } from './delimited'
import { readHtmlTable, type HtmlOptions } from './html'
import { readPdf } from './pdf'
import { buildPlan } from './plan'
import { fail, MAX_BYTES, type ImportPlan, type ImportResult, type ImportSource } from './types'
import { readXlsx } from './xlsx'

export { IMPORT_ERROR_CODES, IMPORT_FIELDS, NOTE_SEVERITY, TEXT_FIELDS, MAX_BYTES, MAX_ROWS, MAX_COLUMNS } from './types'
export type {
  ImportErrorCode,
  ImportResult,
  ImportField,
  TextField,
  ImportNote,
  NoteSeverity,
  SourceLine,
  Encoding,
  ImportSource,
  PlanOverrides,
  PlanRow,
  ImportPlan,
  ImportOutcome,
  ImportedRow,
  ImportedStatusEntry,
  ExtraColumnDraft,
  ExtraColumnType,
  DocumentDate,
} from './types'
export { mergeWithAbove, splitRow, setExcluded, setCategory, setForRows, setMapping, type RowValues, type SettableField } from './edits'
export { toDrafts, rowsNeedingAttention, suggestedTitle, type DraftOptions } from './drafts'
export { documentDateOf, fileDay, type YearSource } from './document-date'
export { extraColumnsOf, settleExtraColumns, readAs, type PlannedExtraColumn } from './extra-values'
export type { HtmlOptions } from './html'

export interface ReadOptions extends HtmlOptions {
  /** Shown as the source and used as the overview title when the text has none. */
  readonly fileName?: string
}

/** Pasted or file text: tab-separated (Excel, Word, PDF copies) or `;`/`,` CSV. */
export function importText(text: string, options: ReadOptions = {}): ImportResult<ImportPlan> {
  return guarded(() => fromText(text, options, { kind: 'text' }))
}

/** Clipboard or file HTML with a <table> (Word, Excel, LibreOffice, a web page). */
export function importHtml(html: string, options: ReadOptions = {}): ImportResult<ImportPlan> {
  return guarded(() => {
    if (html.trim() === '') return fail('empty')
    if (html.length > MAX_BYTES) return fail('too-large')
    const table = readHtmlTable(html, options)
    if (!table.ok) return table
    return buildPlan(table.value, withName({ kind: 'html' }, options.fileName))
  })
}

/** A paste event's data. The HTML table wins when there is one: it keeps merged cells intact. */
export function importClipboard(data: { html?: string; text?: string }, options: ReadOptions = {}): ImportResult<ImportPlan> {
  return guarded(() => {
    const { html = '', text = '' } = data
    if (/<table[\s>]/i.test(html)) {
      const fromHtml = importHtml(html, options)
      if (fromHtml.ok || text.trim() === '') return fromHtml
    }
    return importText(text, options)
  })
}

/** A File from <input type=file>, or bytes with a name (tests, drag and drop). */
export type FileInput =
  | (Blob & { readonly name: string; readonly lastModified?: number })
  | { readonly name: string; readonly data: ArrayBuffer | Uint8Array; readonly lastModified?: number }

export interface FileOptions extends HtmlOptions {
  /** xlsx: the sheet to read (from plan.source.sheets); by default the first with a Bilag table. */
  readonly sheet?: string
}

/** .csv/.tsv/.txt (UTF-8, UTF-16 or Windows-1252), .xlsx, .docx, .pdf, .html. At most 20 MB. */
export async function importFile(file: FileInput, options: FileOptions = {}): Promise<ImportResult<ImportPlan>> {
  try {
    const size = 'data' in file ? file.data.byteLength : file.size
    if (size > MAX_BYTES) return fail('too-large', String(size))
    if (size === 0) return fail('empty')
    const bytes = 'data' in file ? toBytes(file.data) : new Uint8Array(await file.arrayBuffer())
    const name = file.name
    const fileDate = fileDay(file.lastModified)
    const dated = (source: ImportSource): ImportSource => (fileDate ? { ...source, fileDate } : source)
    const ext = (/\.([a-z0-9]+)$/i.exec(name)?.[1] ?? '').toLowerCase()
    const kind = sniff(bytes, ext)
    if (kind === 'unsupported') return fail('unsupported-file', ext)
    if (kind === 'encrypted') return fail('encrypted', ext)
    if (kind === 'docx') {
      const read = await readDocx(bytes)
      if (!read.ok) return read
      return guarded(() => buildPlan(read.value, dated({ kind: 'docx', fileName: name })))
    }
    if (kind === 'pdf') {
      const read = await readPdf(bytes)
      if (!read.ok) return read
      return guarded(() => buildPlan(read.value, { kind: 'pdf', fileName: name }))
    }
    if (kind === 'xlsx') {
      const read = await readXlsx(bytes, options.sheet)
      if (!read.ok) return read
      const { table, sheet, sheets } = read.value
      return guarded(() => buildPlan(table, dated({ kind: 'xlsx', fileName: name, sheet, sheets })))
    }
    const decoded = decodeBytes(bytes)
    if (!decoded.ok) return decoded
    const { text, encoding } = decoded.value
    if (kind === 'html') return withFileDate(importHtml(text, { ...options, fileName: name }), fileDate)
    return guarded(() => fromText(text, { fileName: name }, dated({ kind: 'delimited', encoding })))
  } catch (error) {
    return fail('internal', error instanceof Error ? error.message : String(error))
  }
}

function fromText(text: string, options: ReadOptions, source: ImportSource): ImportResult<ImportPlan> {
  if (text.trim() === '') return fail('empty')
  if (text.length > MAX_BYTES) return fail('too-large')
  const parsed = parseDelimited(text)
  // Lines but no separator: a list of one column, not a table (prose stays 'no-table').
  if (!parsed.ok && parsed.code === 'no-table' && looksLikeList(text)) return fail('one-column')
  if (!parsed.ok) return parsed
  const { rows, delimiter } = parsed.value
  return buildPlan({ rows: rows.map((cells) => ({ cells })) }, withName({ ...source, delimiter }, options.fileName))
}

/** Three or more short lines, most not ending as sentences do: a column of cells. */
function looksLikeList(text: string): boolean {
  const lines = text.split(/\r\n?|\n/, 1000).map((l) => l.trim()).filter((l) => l !== '')
  const cells = lines.filter((l) => l.length <= 200 && !/[.,!?:;]$/.test(l))
  return lines.length >= 3 && cells.length * 3 >= lines.length * 2
}

function withFileDate(result: ImportResult<ImportPlan>, fileDate: string | undefined): ImportResult<ImportPlan> {
  return result.ok && fileDate ? { ok: true, value: { ...result.value, source: { ...result.value.source, fileDate } } } : result
}

function withName(source: ImportSource, fileName: string | undefined): ImportSource {
  return fileName === undefined ? source : { ...source, fileName }
}

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data)
}

/** By content first (a renamed file still is what it is), then by extension. */
function sniff(bytes: Uint8Array, ext: string): 'xlsx' | 'docx' | 'pdf' | 'html' | 'text' | 'encrypted' | 'unsupported' {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0
  if (zip && (ext === 'docx' || ext === 'docm')) return 'docx'
  if (zip) return ext === 'xlsx' || ext === 'xlsm' || ext === '' ? 'xlsx' : 'unsupported'
  // Office saves a password-protected .docx/.xlsx as an encrypted OLE container.
  if (ole && ['docx', 'docm', 'xlsx', 'xlsm'].includes(ext)) return 'encrypted'
  if (ext === 'docx') return 'docx' // not a zip: jszip says 'unreadable'
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx' // not a zip: exceljs says 'unreadable'
  const pdf = bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46
  if (pdf || ext === 'pdf') return 'pdf' // not "%PDF": pdf.js says 'pdf-unreadable'
  if (ole || ['xls', 'doc', 'odt', 'ods', 'rtf'].includes(ext)) return 'unsupported'
  if (ext === 'html' || ext === 'htm') return 'html'
  return 'text'
}

function guarded(run: () => ImportResult<ImportPlan>): ImportResult<ImportPlan> {
  try {
    return run()
  } catch (error) {
    return fail('internal', error instanceof Error ? error.message : String(error))
  }
}
