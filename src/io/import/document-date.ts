/**
 * The document's own date, read from its title or the text above the table ("Status
 * pr. 1. marts 2021", "Sager på vej i 2025"): deadlines written without a year ("September")
 * mean that year's September, not the one after today.
 */
import type { DocumentDate, ImportPlan } from './types'
import { readExactDate } from './typing'

const MONTHS: Record<string, number> = {
  jan: 1, januar: 1, feb: 2, febr: 2, februar: 2, mar: 3, marts: 3, apr: 4, april: 4, maj: 5, jun: 6, juni: 6,
  jul: 7, juli: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, nov: 11, november: 11, dec: 12, december: 12,
}
const DAY_MONTH_NAME = /\b(\d{1,2})\.?\s*(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|febr|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?\s+((?:19|20)\d{2})\b/i
const NUMERIC_DATE = /\b(\d{1,2}[.\-/]\d{1,2}[.\-/]\d{4}|\d{4}-\d{2}-\d{2})\b/
const YEAR = /\b((?:19|20)\d{2})\b/

function dayOf(line: string): DocumentDate | null {
  const named = DAY_MONTH_NAME.exec(line)
  if (named) {
    const month = MONTHS[(named[2] ?? '').toLowerCase()] ?? 0
    const iso = readExactDate(`${named[3]}-${String(month).padStart(2, '0')}-${String(Number(named[1])).padStart(2, '0')}`)
    if (iso) return { iso, precision: 'day', text: named[0] }
  }
  const numeric = NUMERIC_DATE.exec(line)
  const iso = numeric ? readExactDate(numeric[1] ?? '') : null
  return iso && numeric ? { iso, precision: 'day', text: numeric[0] } : null
}

/** The first full date in the lines, else the first year; null when they hold neither. */
export function findDocumentDate(lines: readonly string[]): DocumentDate | null {
  for (const line of lines) {
    const day = dayOf(line)
    if (day) return day
  }
  for (const line of lines) {
    const year = YEAR.exec(line)
    if (year?.[1]) return { iso: `${year[1]}-01-01`, precision: 'year', text: year[1] }
  }
  return null
}

/** Where the year of deadlines without one comes from: the text above the table, the file's date, today, or the user. */
export type YearSource = 'text' | 'file' | 'today' | 'chosen'

/**
 * The document's date: a date or year in its text above the table, else the file's
 * last-modified day when that is before `today` (a file saved today, or by a clock in the
 * future, says nothing today does not), else none — then today is the reference.
 */
export function documentDateOf(plan: Pick<ImportPlan, 'documentDate' | 'source'>, today: string): { date: DocumentDate | null; source: Exclude<YearSource, 'chosen'> } {
  if (plan.documentDate) return { date: plan.documentDate, source: 'text' }
  const fileDate = plan.source.fileDate
  if (fileDate && readExactDate(fileDate) === fileDate && fileDate < today) return { date: { iso: fileDate, precision: 'day', text: fileDate }, source: 'file' }
  return { date: null, source: 'today' }
}

/** A file's last-modified time (ms) as its local day, YYYY-MM-DD; undefined when there is none. */
export function fileDay(lastModified: number | undefined): string | undefined {
  if (lastModified === undefined || !Number.isFinite(lastModified) || lastModified <= 0) return undefined
  const d = new Date(lastModified)
  return `${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}
