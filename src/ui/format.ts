/**
 * Dates as Danish readers expect them ("20. januar 2021", "22. november 2026 kl. 10.15"),
 * in the words of date-fns's Danish locale.
 *
 * These run on the first screen (the header's mødedato, the Seneste status column), so
 * they take only the month names from the `da` locale rather than calling date-fns's
 * `format`: `format` brings every format token and the English locale with it, 7.3 kB
 * gzip more in the first load against 2.6 kB for the locale alone (measured with
 * `npm run check:bundle`). The patterns are the locale's own long date, "d. MMMM yyyy".
 */
import { da } from 'date-fns/locale/da'
import type { Month } from 'date-fns'

const monthName = (month: number) => da.localize.month(month as Month, { width: 'wide' })
const pad2 = (n: number) => String(n).padStart(2, '0')
const dateText = (date: Date) => `${date.getDate()}. ${monthName(date.getMonth())} ${date.getFullYear()}`

/** "2021-01-20" → "20. januar 2021"; anything that is not a real date is shown as given. */
export function formatDanishDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!match) return iso
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  // A local calendar day, so no time zone can move it to the day before.
  const date = new Date(year, month - 1, day)
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? dateText(date) : iso
}

/** A timestamp in local time, e.g. "22. november 2026 kl. 10.15". */
export function formatDanishDateTime(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : `${dateText(date)} kl. ${pad2(date.getHours())}.${pad2(date.getMinutes())}`
}
