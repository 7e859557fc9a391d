/**
 * How far away a deadline is, in words: "for 3 måneder siden", "om 12 dage", "i dag".
 * The unit words ("1 dag", "3 måneder", "2 år") are date-fns's Danish locale's own.
 */
import { da } from 'date-fns/locale/da'
import type { DistanceUnit, RelativeDate } from '../domain/relative-date'

const UNIT_TOKENS = { day: 'xDays', month: 'xMonths', year: 'xYears' } as const satisfies Record<DistanceUnit, string>

/** "3 måneder", "1 dag". */
const span = (unit: DistanceUnit, count: number) => da.formatDistance(UNIT_TOKENS[unit], count)

/** "for 3 måneder siden", "om 12 dage", "i dag". */
export function relativeWords(relative: RelativeDate): string {
  if (relative.when === 'today') return 'i dag'
  const distance = span(relative.unit, relative.count)
  return relative.when === 'past' ? `for ${distance} siden` : `om ${distance}`
}

/** The Frist tooltip's line for an overdue deadline: "overskredet for 3 måneder siden". */
export const overdueWords = (relative: RelativeDate) => (relative.when === 'past' ? `overskredet ${relativeWords(relative)}` : relativeWords(relative))
