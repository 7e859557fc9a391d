/**
 * "Rul frem til næste møde": a copy of an overview for the next meeting that keeps
 * every row and its status history. Ids are new (the old overview and its
 * versions stay as they were); each row remembers the date its deadline text was
 * written against, so the new meeting date does not change what the text means.
 */
import type { Initiative, Overview, StatusEntry } from './model'
import { referenceDate } from './reference-date'

export interface OverviewContents {
  overview: Overview
  initiatives: Initiative[]
  statusLogs: StatusEntry[]
}

export interface RollForwardOptions {
  title: string
  meetingDate: string
  /** Makes new ids; storage passes crypto.randomUUID. */
  newId: () => string
  /** ISO timestamp of the copy. */
  now: string
}

export function rollForward(source: OverviewContents, options: RollForwardOptions): OverviewContents {
  const { newId, now } = options
  const overview: Overview = { ...source.overview, id: newId(), title: options.title, meetingDate: options.meetingDate, createdAt: now, updatedAt: now }
  const idMap = new Map<string, string>()
  const initiatives = [...source.initiatives]
    .sort((a, b) => a.order - b.order)
    .map((row, index): Initiative => {
      const id = newId()
      idMap.set(row.id, id)
      // What the text meant at the meeting it was written for, by the same rule the table reads it with.
      const reference = referenceDate(source.overview, row)
      return { ...row, id, overviewId: overview.id, order: index + 1, deadlineReference: reference, createdAt: now, updatedAt: now, revision: 0 }
    })
  const statusLogs = source.statusLogs.flatMap((entry): StatusEntry[] => {
    const initiativeId = idMap.get(entry.initiativeId)
    return initiativeId ? [{ ...entry, id: newId(), initiativeId, overviewId: overview.id }] : []
  })
  return { overview, initiatives, statusLogs }
}
