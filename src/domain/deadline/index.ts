/**
 * Reading Danish deadline text into dates (tests/fixtures/deadlines.md).
 * Pure: no React, no storage, no clock — the reference and as-of dates are passed in.
 */
export type { Deadline, Flag, ParseOptions, Period, Precision } from './types'
export { parseDeadline, MAX_TEXT_LENGTH } from './parse'
export { formatDeadline, formatPeriod, formatPeriodExact, MONTH_NAMES } from './format'
export { flagFor, fixedDeadline, DUE_SOON_DAYS } from './flag'
export { addDays } from './calendar'
