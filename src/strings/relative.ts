/**
 * How far away a deadline is, in words: "for 3 måneder siden", "om 12 dage", "i dag".
 * The words are the browser's own Danish (Intl.RelativeTimeFormat): the Frist column shows
 * them on the first screen, and they cost the first load nothing, where date-fns's `da`
 * locale is loaded whole (2.7 kB gzip).
 */
import type { DistanceUnit, RelativeDate } from '../domain/relative-date'

// Built on first use: nothing runs when the module loads (see ./index).
let formatter: Intl.RelativeTimeFormat | undefined
const words = (count: number, unit: DistanceUnit) => (formatter ??= new Intl.RelativeTimeFormat('da-DK', { numeric: 'always' })).format(count, unit)

/** "for 3 måneder siden", "om 12 dage", "i dag". */
export function relativeWords(relative: RelativeDate): string {
  if (relative.when === 'today') return 'i dag'
  return words(relative.when === 'past' ? -relative.count : relative.count, relative.unit)
}

/** The Frist tooltip's line for an overdue deadline: "overskredet for 3 måneder siden". */
export const overdueWords = (relative: RelativeDate) => (relative.when === 'past' ? `overskredet ${relativeWords(relative)}` : relativeWords(relative))
