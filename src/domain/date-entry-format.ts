/**
 * How a date field shows a stored date: "2021-01-20" → "20.01.2021" (dd.mm.åååå).
 * Kept apart from the parser (./date-entry), which loads date-fns: the first screen shows
 * a date (Opgjort pr.) long before anyone types one.
 */
export function formatDateEntry(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso
}
