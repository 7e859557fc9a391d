/**
 * How far a deadline lies from the as-of date, in the unit a reader would say it in:
 * "for 3 måneder siden", "om 12 dage" (the words are in src/strings/relative.ts).
 * Pure: both dates are arguments. date-fns does the calendar, so a month is a whole
 * calendar month ("31. januar" to "28. februar" is one) and leap years count right.
 */
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { differenceInMonths } from 'date-fns/differenceInMonths'

export type DistanceUnit = 'day' | 'month' | 'year'

export type RelativeDate =
  | { when: 'today' }
  /** `count` whole units, at least 1, before (`past`) or after (`future`) the as-of date. */
  | { when: 'past' | 'future'; unit: DistanceUnit; count: number }

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A local calendar day, or undefined when the text is not a real YYYY-MM-DD date. */
function calendarDay(iso: string): Date | undefined {
  const match = ISO_DATE.exec(iso)
  if (!match) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(year, month - 1, day)
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined
}

/**
 * `date` seen from `asOf`: days under a month, whole months under a year, then whole
 * years (counted down, never rounded up: 45 days is "1 måned"). Undefined when either
 * is not a real date.
 */
export function relativeDate(date: string, asOf: string): RelativeDate | undefined {
  const target = calendarDay(date)
  const from = calendarDay(asOf)
  if (target === undefined || from === undefined) return undefined
  const days = differenceInCalendarDays(target, from)
  if (days === 0) return { when: 'today' }
  const when = days > 0 ? 'future' : 'past'
  const [earlier, later] = days > 0 ? [from, target] : [target, from]
  const months = differenceInMonths(later, earlier)
  if (months < 1) return { when, unit: 'day', count: Math.abs(days) }
  if (months < 12) return { when, unit: 'month', count: months }
  // Years from the same count of months, so month ends agree (29 February 2020 to 28 February 2021 is 12 months: 1 year).
  return { when, unit: 'year', count: Math.floor(months / 12) }
}
