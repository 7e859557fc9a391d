/**
 * Reads a date as people type it into a date field: "20.01.2021", "1.3.2021", "20-01-2021",
 * "20/01/2021", ISO "2021-01-20", and written Danish ("20. januar 2021", "1. feb. 2021",
 * "3. sept 2021"). The year must be written in full — "12.03" and "12.03.20" are half-typed,
 * not guesses — and an impossible date (31.02.2021) is refused: date-fns and its Danish
 * locale do the calendar. An empty field reads as no date (''); whether one is required is
 * the form's business.
 */
import { isValid, parse } from 'date-fns'
import { da } from 'date-fns/locale/da'
import { formatDateEntry } from './date-entry-format'
export { formatDateEntry }

export type DateEntry = { ok: true; value: string } | { ok: false; code: 'date' }

/** dd.mm.åååå, d.m.åååå, dd-mm-åååå, dd/mm/åååå: one separator throughout, a four-digit year. */
const DAY_FIRST = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/
/** "20. januar 2021", "1 feb. 2021", "den 3. sept 2021". */
const WRITTEN = /^(?:den )?(\d{1,2})\.? ?([a-zæøå]+)\.? ?(\d{4})$/

/** The locale's own month names: "januar" … "december". */
const MONTHS = Array.from({ length: 12 }, (_, month) => da.localize.month(month as 0, { width: 'wide' }))

const invalid: DateEntry = { ok: false, code: 'date' }

export function parseDateEntry(text: string): DateEntry {
  const typed = text.trim().toLowerCase().replace(/\s+/g, ' ')
  if (!typed) return { ok: true, value: '' }
  const numeric = typed.replace(/ /g, '')
  const dayFirst = DAY_FIRST.exec(numeric)
  if (dayFirst) return read(`${dayFirst[1]}.${dayFirst[3]}.${dayFirst[4]}`, 'd.M.yyyy')
  if (ISO.test(numeric)) return read(numeric, 'yyyy-MM-dd')
  const written = WRITTEN.exec(typed)
  const month = written && monthName(written[2]!)
  if (written && month) return read(`${written[1]}. ${month} ${written[3]}`, 'd. MMMM yyyy')
  return invalid
}

/** A month written in full or shortened to at least three letters ("feb", "sept"), as the locale names it. */
function monthName(word: string): string | undefined {
  return MONTHS.find((name) => name === word || (word.length >= 3 && name.startsWith(word)))
}

function read(text: string, format: string): DateEntry {
  // Every part of the date is in `text`, so the reference date lends nothing (0: the epoch).
  const date = parse(text, format, 0, { locale: da })
  if (!isValid(date)) return invalid
  const pad = (n: number, width: number) => String(n).padStart(width, '0')
  return { ok: true, value: `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}` }
}

/** The typed text tidied to dd.mm.åååå when it is a date; anything else is left as typed, for the form to point out. */
export function normaliseDateEntry(text: string): string {
  const read = parseDateEntry(text)
  return read.ok && read.value ? formatDateEntry(read.value) : text
}
