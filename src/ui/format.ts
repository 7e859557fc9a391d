/**
 * Dates as Danish readers expect them ("20. januar 2021", "22. november 2026 kl. 10.15").
 *
 * These run on the first screen (the header's mødedato, the Seneste status column), so the
 * month names come from the browser's own Danish (Intl), which costs the first load
 * nothing: date-fns's `da` locale object is loaded whole (2.7 kB gzip), and `format` brings
 * every format token with it (7.3 kB more; measured with `npm run check:bundle`). The
 * pattern is the locale's long date, "d. MMMM yyyy".
 */
// Built on first use, not when the module loads: the formatter is not free to construct.
let months: Intl.DateTimeFormat | undefined
const monthName = (date: Date) => (months ??= new Intl.DateTimeFormat('da-DK', { month: 'long' })).format(date)
const pad2 = (n: number) => String(n).padStart(2, '0')
const dateText = (date: Date) => `${date.getDate()}. ${monthName(date)} ${date.getFullYear()}`

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
