/**
 * The zod schemas of the data model: the single source of truth for the stored shapes
 * (src/domain/model.ts derives the TypeScript types from them). Everything is
 * validated against these before it is written. They load with the first write or
 * form, not with the first paint (`zod/mini`, and this module split off, keep the
 * first load small).
 */
import * as z from 'zod/mini'
import { CATEGORIES, STATUSES } from './model'
import { OVERVIEW_TITLE_MAX } from './limits'
import { COLUMN_NAME_MAX, EXTRA_COLUMN_TYPES, EXTRA_TEXT_MAX, MAX_EXTRA_COLUMNS } from './columns/extra-types'

// The CSP has no 'unsafe-eval': keep Zod from ever probing for `new Function`
// (zod/mini never compiles parsers, but a classic `zod` import would). Set here, with
// the first schema, so zod stays out of the first load.
z.config({ jitless: true })

/** Issue codes for validation messages; the UI maps each to one Danish sentence (src/strings). */
export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'date'), z.refine(isRealDate, 'date'))
const isoTimestamp = z.string().check(z.minLength(10, 'timestamp'))
const id = z.string().check(z.minLength(1, 'required'))

export const legendSchema = z.object({ A: z.string(), B: z.string(), C: z.string() })

/** A column the overview's users added (Kolonner → Tilføj kolonne); its values live in each row's `extra`. */
export const extraColumnSchema = z.object({
  /** Made once, never the name: renaming keeps every value. */
  id: z.string().check(z.regex(/^x[a-z0-9]{1,20}$/, 'column-id')),
  name: z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(COLUMN_NAME_MAX, 'too-long')),
  type: z.enum(EXTRA_COLUMN_TYPES, 'unknown-column-type'),
})

export const overviewSchema = z.object({
  id,
  title: z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(OVERVIEW_TITLE_MAX, 'too-long')),
  committee: z.string().check(z.maxLength(200, 'too-long')),
  caseNumber: z.string().check(z.maxLength(100, 'too-long')),
  /** ISO date or '' when not set. */
  meetingDate: z.union([z.literal(''), isoDate]),
  legend: legendSchema,
  /** The overview's own extra columns, in display order (from schema v4 / backup v3). */
  columns: z.array(extraColumnSchema).check(z.maxLength(MAX_EXTRA_COLUMNS, 'too-many')),
  /**
   * Free text about the overview: what stood above an imported table besides its title and
   * legend ("Skemaet opdateres hver måned …"). Optional, so every earlier record and backup
   * is valid unchanged (no index, no upgrade step needed).
   */
  notes: z.optional(z.string().check(z.maxLength(20_000, 'too-long'))),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
})

const longText = z.string().check(z.maxLength(20_000, 'too-long'))

export const initiativeSchema = z.object({
  id,
  overviewId: id,
  area: z.string().check(z.maxLength(500, 'too-long')),
  /** Null: no ABC category decided yet ("Uden kategori"). */
  category: z.nullable(z.enum(CATEGORIES, 'category')),
  title: z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(20_000, 'too-long')),
  method: longText,
  /** The deadline exactly as written; the app never alters it. */
  deadlineText: z.string().check(z.maxLength(2_000, 'too-long')),
  /** An explicit deadline set by hand; wins over the reading of deadlineText. */
  fixedDeadline: z.optional(isoDate),
  /**
   * The date deadlineText was written against, when that is not the overview's
   * meeting date — set when a row is rolled forward to the next meeting, so
   * "ultimo marts" keeps meaning the March it meant when it was written.
   */
  deadlineReference: z.optional(isoDate),
  status: z.enum(STATUSES, 'status'),
  owner: z.string().check(z.maxLength(500, 'too-long')),
  notes: longText,
  /**
   * Values of the overview's extra columns by column id: text → string, number → finite
   * number, date → ISO date. Absent when the row has none, so older rows round-trip unchanged.
   * Which ids are allowed, and each value's type, is checked against the overview's columns
   * (columns/extra.ts `extraIssues`) where the overview is known.
   */
  extra: z.optional(z.record(z.string(), z.union([z.string().check(z.maxLength(EXTRA_TEXT_MAX, 'too-long')), z.number().check(z.refine(Number.isFinite, 'number'))]))),
  /** Position within the overview (the Bilag's own row order). */
  order: z.number(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  /** Incremented on every write; a save checks it to detect edits from another tab. */
  revision: z.int().check(z.nonnegative()),
})


function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number)
  if (!y || !m || !d) return false
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** A dated status entry in an indsats' log ("Status – januar 2024: …"). */
export const statusEntrySchema = z.object({
  id,
  initiativeId: id,
  overviewId: id,
  /** The date the status refers to (YYYY-MM-DD). */
  date: isoDate,
  text: z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(20_000, 'too-long')),
  author: z.string().check(z.maxLength(200, 'too-long')),
  createdAt: isoTimestamp,
})

/**
 * A version frozen for a meeting ("Gem version til møde"): the whole overview as it
 * stood — header, legend, rows and status logs — never changed afterwards.
 */
export const snapshotSchema = z.object({
  id,
  overviewId: id,
  label: z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(200, 'too-long')),
  meetingDate: z.union([z.literal(''), isoDate]),
  createdAt: isoTimestamp,
  overview: overviewSchema,
  initiatives: z.array(initiativeSchema),
  statusLogs: z.array(statusEntrySchema),
})
