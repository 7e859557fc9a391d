/** A status entry as the committee reads it: "Status – januar 2024: …" (the Hvidovre memo's form). */
import type { StatusEntry } from './model'
import { MONTH_NAMES } from './deadline'

export function statusLine(entry: Pick<StatusEntry, 'date' | 'text'>): string {
  const [year, month] = entry.date.split('-').map(Number)
  const name = MONTH_NAMES[(month ?? 1) - 1] ?? ''
  return `Status – ${name} ${year}: ${entry.text}`
}

/** Newest first: by the status date, then by when the entry was written. */
export const newestFirst = (a: StatusEntry, b: StatusEntry): number => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)

/** The newest entry of each indsats. */
export function latestByInitiative(entries: readonly StatusEntry[]): Map<string, StatusEntry> {
  const latest = new Map<string, StatusEntry>()
  for (const entry of [...entries].sort(newestFirst)) if (!latest.has(entry.initiativeId)) latest.set(entry.initiativeId, entry)
  return latest
}
