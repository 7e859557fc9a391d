/** The shape of a bundled example overview (the Bilag 1 table the app opens on first run). */
import type { Category, InitiativeDraft, Legend } from './model'
import { initialStatus } from './initial-status'

export interface ExampleOverview {
  title: string
  committee: string
  caseNumber: string
  meetingDate: string
  legend: Legend
  initiatives: { area: string; category: Category; title: string; method: string; deadlineText: string }[]
}

/** Rows whose deadline reads as done start as Implementeret, the rest as Ikke påbegyndt. */
export function exampleDrafts(example: ExampleOverview): InitiativeDraft[] {
  return example.initiatives.map((row) => ({
    ...row,
    status: initialStatus(row.deadlineText, example.meetingDate),
    owner: '',
    notes: '',
  }))
}
