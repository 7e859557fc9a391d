/**
 * Shared types of the import pipeline. Everything here is plain data (no
 * classes, no Sets) so a plan can live in React state and be compared cheaply.
 */
import type { Category, Legend, Status } from '../../domain/model'
import type { Deadline } from '../../domain/deadline/types'
import type { StoredField } from '../../domain/columns/registry'

/** Errors are data: every entry point returns ImportResult instead of throwing. */
export const IMPORT_ERROR_CODES = [
  'empty', // nothing was pasted, or the file is empty
  'unreadable', // a file that is not a table we can read (binary, broken xlsx …)
  'encoding', // the bytes could not be decoded as text
  'too-large', // over MAX_BYTES
  'no-table', // text was read, but no table was found in it
  'too-many-rows', // over MAX_ROWS lines
  'unsupported-file', // .doc, .xls, .odt …: the user should paste instead
  'encrypted', // a password-protected .docx or .pdf
  'no-text-layer', // a PDF with no text (a scan): nothing to read without OCR
  'empty-pdf', // a PDF whose pages hold neither text nor images
  'pdf-unreadable', // bytes that claim to be a PDF but pdf.js cannot parse (truncated, damaged)
  'one-column', // the table has a single column: nothing tells the fields apart
  'sheet-not-found', // the chosen worksheet is not in the workbook
  'row-not-found', // an edit named a row that is not in the plan (or cannot take the edit)
  'column-not-found', // setMapping named a column the table does not have
  'rows-need-attention', // toDrafts: some included rows still have a blocking note (detail: row numbers)
  'no-rows', // toDrafts: every row is excluded
  'internal', // a bug: caught so that the dialog can show a sentence instead of crashing
] as const
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number]

export type ImportResult<T> = { ok: true; value: T } | { ok: false; code: ImportErrorCode; detail?: string }

export const ok = <T>(value: T): ImportResult<T> => ({ ok: true, value })
export const fail = <T = never>(code: ImportErrorCode, detail?: string): ImportResult<T> =>
  detail === undefined ? { ok: false, code } : { ok: false, code, detail }

/** 20 MB: a Bilag is a few hundred kB; anything far bigger is a mistake or hostile. */
export const MAX_BYTES = 20 * 1024 * 1024
/** Non-blank source lines; keeps a hostile paste from hanging the tab. */
export const MAX_ROWS = 50_000
/** Cells beyond this column are dropped while reading. */
export const MAX_COLUMNS = 100

/**
 * What a source column becomes. 'remarks' is a "Noter"/"Bemærkninger" column and ends
 * up in InitiativeDraft.notes (named differently here because a row's `notes` are codes).
 * 'number' is a numbering column ("1.2"), kept in front of the indsats; 'extra' becomes a
 * new column of the overview, named by the header ("Periode → ny kolonne Periode"), so
 * nothing the source holds is lost. 'ignore' is only ever the user's choice (or an
 * empty column).
 */
export const IMPORT_FIELDS = [
  'area',
  'category',
  'title',
  'method',
  'deadlineText',
  'status',
  'owner',
  'remarks',
  'number',
  'extra',
  'ignore',
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]
/** The fields that fill a built-in column; the rest are the importer's own (numbering, a new column, left out). */
export type ColumnField = Exclude<ImportField, 'number' | 'extra' | 'ignore'>
/**
 * The built-in column each such field fills (its entry in the column registry gives the
 * header names and the label): the import's remarks are the row's notes.
 */
export const COLUMN_OF_FIELD: Readonly<Record<ColumnField, StoredField>> = { area: 'area', category: 'category', title: 'title', method: 'method', deadlineText: 'deadlineText', status: 'status', owner: 'owner', remarks: 'notes' }
/** Fields whose text is carried over as is (category and status are read into values). */
export type TextField = 'area' | 'title' | 'method' | 'deadlineText' | 'owner' | 'remarks'
export const TEXT_FIELDS: readonly TextField[] = ['area', 'title', 'method', 'deadlineText', 'owner', 'remarks']

/**
 * Codes shown beside a row in the preview; Danish sentences in src/strings/import-dialog.ts.
 * 'blocking' ones must be fixed (or the row excluded) before toDrafts succeeds.
 */
export const NOTE_SEVERITY = {
  'merged-continuation': 'info',
  'cells-shifted': 'info',
  'area-filled': 'info',
  'area-from-heading': 'info',
  'status-unknown': 'warning',
  'extra-cells': 'warning',
  // No category is no obstacle: the row is imported "Uden kategori" (null), to be decided later.
  'category-missing': 'info',
  'category-unknown': 'blocking',
  'title-missing': 'blocking',
  'text-too-long': 'blocking',
} as const
export type ImportNote = keyof typeof NOTE_SEVERITY
export type NoteSeverity = (typeof NOTE_SEVERITY)[ImportNote]

/** One non-blank line (table row) of the source, cells cleaned of odd whitespace. */
export interface SourceLine {
  readonly cells: readonly string[]
  /** Columns whose text was copied down from a vertically merged cell above (rowspan). */
  readonly spanned?: readonly number[]
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export interface ImportSource {
  readonly kind: 'text' | 'html' | 'delimited' | 'xlsx' | 'docx' | 'pdf'
  readonly fileName?: string
  readonly encoding?: Encoding
  readonly delimiter?: '\t' | ';' | ','
  /** xlsx: the sheet read, and every sheet's name (offer a chooser when there are several). */
  readonly sheet?: string
  readonly sheets?: readonly string[]
  /** A file's last-modified day (YYYY-MM-DD, local time): the document's date when its text has none. */
  readonly fileDate?: string
}

/** The user's corrections, keyed by index into plan.lines, replayed on every repair. */
export interface PlanOverrides {
  /** Lines forced to continue the row above ("flet med rækken ovenfor"). */
  readonly joinAbove: readonly number[]
  /** Lines forced to start a row of their own ("del rækken"). */
  readonly startRow: readonly number[]
  /** Row ids left out of the import. */
  readonly excluded: readonly number[]
  /** Row id → category chosen by hand (one row, or Sæt kategori for many). */
  readonly categories: Readonly<Record<number, Category>>
  /** Row id → status, area, owner set for many rows at once in the preview (Sæt status …). */
  readonly statuses: Readonly<Record<number, Status>>
  readonly areas: Readonly<Record<number, string>>
  readonly owners: Readonly<Record<number, string>>
}

export interface PlanRow {
  /** Index of the row's first line in plan.lines: stable across edits and remaps. */
  readonly id: number
  /** Every line merged into this row, in order (the first is `id`). */
  readonly pieces: readonly number[]
  readonly area: string
  readonly category: Category | null
  readonly title: string
  readonly method: string
  readonly deadlineText: string
  /** Read from a status column; null when there is none or its text is not recognised. */
  readonly status: Status | null
  /** The status column's text as written: kept as the row's first status-log entry. */
  readonly statusText: string
  /** Source column → text, for every column mapped to 'extra'. */
  readonly extras: Readonly<Record<number, string>>
  readonly owner: string
  readonly remarks: string
  readonly notes: readonly ImportNote[]
  readonly excluded: boolean
}

export interface ImportPlan {
  readonly source: ImportSource
  /** The title line above the table, or '' when there is none. */
  readonly title: string
  readonly legend: Legend
  /** True when at least one of a/b/c was found above the table. */
  readonly legendFound: boolean
  /** The header row's cells, or null when the table has no header (mapped by position). */
  readonly header: readonly string[] | null
  /** One entry per source column. Change it with setMapping(). */
  readonly mapping: readonly ImportField[]
  /** Extra columns: source column → the type its cells hold (see ExtraColumnDraft). */
  readonly columnTypes: Readonly<Record<number, ExtraColumnType>>
  /** A section heading just above the header ("INDSATSOMRÅDE 1: …"): the first rows' area. */
  readonly areaAbove: string
  /** Text above the table that is neither title nor legend: the overview's notes. */
  readonly notesAbove: readonly string[]
  /** The document's own date, found in the text above the table; null when there is none. */
  readonly documentDate: DocumentDate | null
  /** The table's body lines (below the header), blank lines dropped. */
  readonly lines: readonly SourceLine[]
  readonly overrides: PlanOverrides
  readonly rows: readonly PlanRow[]
}

export type ExtraColumnType = 'text' | 'number' | 'date'

/**
 * A column the import adds to the overview (or finds there: same name and type). Its values
 * in ImportedRow.extra are keyed by `name` (unique within one import): text → string,
 * number → number, date → YYYY-MM-DD; the storage keys them by the column's id.
 */
export interface ExtraColumnDraft {
  readonly name: string
  readonly type: ExtraColumnType
}

/** "Status pr. 1. marts 2021" → day precision; "Sager på vej i 2025" → year. */
export interface DocumentDate {
  /** YYYY-MM-DD (a year alone is read as its 1 January). */
  readonly iso: string
  readonly precision: 'day' | 'year'
  /** The words it was read from, as written. */
  readonly text: string
}

/** A status-log entry made from the status words as written. */
export interface ImportedStatusEntry {
  readonly date: string
  readonly text: string
}

/** One row as the new model will store it: category may be missing, extra columns carried. */
export interface ImportedRow {
  readonly rowId: number
  readonly area: string
  readonly category: Category | null
  readonly title: string
  readonly method: string
  readonly deadlineText: string
  /** The date the deadline text was read against, when it is not the one a new row gets anyway. */
  readonly deadlineReference?: string
  readonly status: Status
  readonly owner: string
  readonly notes: string
  /** Values of the import's extra columns, by ExtraColumnDraft.name. */
  readonly extra: Readonly<Record<string, string | number>>
  readonly statusLog: readonly ImportedStatusEntry[]
  readonly deadline: Deadline
}

export interface ImportOutcome {
  /** Title for a new overview: from the text, else the file name without extension, else ''. */
  readonly title: string
  readonly legend: Legend
  readonly legendFound: boolean
  /** Every included row, in source order, with or without a category. */
  readonly rows: readonly ImportedRow[]
  readonly extraColumns: readonly ExtraColumnDraft[]
  /** Text above the table that is neither title nor legend (for the overview's notes). */
  readonly notesAbove: readonly string[]
  /** The date deadlines without a year were read against. */
  readonly reference: string
}
