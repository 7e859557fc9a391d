/**
 * The dates an import reads and writes with, decided in one place: the reference deadline
 * texts without a year are read against (the document's date, else the file's, else the
 * date a new row in the target gets — newRowReferenceDate — unless the user chose a year),
 * the date of each row's first status-log entry, and the reference a row gets anyway.
 */
import { newRowReferenceDate } from '../../domain/reference-date'
import { documentDateOf, type ImportPlan, type YearSource } from '../../io/import'
import type { ImportTarget, TargetOverview } from './types'

export interface ImportDates {
  reference: string
  year: number
  yearSource: YearSource
  /** The status words as written were true on the document's day, else on the import day. */
  statusDate: string
  /** What a row made today in the target reads against: a row read otherwise keeps its reference. */
  defaultReference: string
}

export function importDates(plan: ImportPlan | null, target: ImportTarget, overview: TargetOverview | undefined, today: string, chosenYear: number | null): ImportDates {
  const defaultReference = newRowReferenceDate(target === 'append' ? overview : undefined, today)
  const { date, source } = plan ? documentDateOf(plan, today) : { date: null, source: 'today' as const }
  const base = date?.iso ?? defaultReference
  const reference = chosenYear === null ? base : `${chosenYear}-01-01`
  return {
    reference,
    year: Number(reference.slice(0, 4)),
    yearSource: chosenYear === null ? source : 'chosen',
    statusDate: date?.precision === 'day' ? date.iso : today,
    defaultReference,
  }
}
