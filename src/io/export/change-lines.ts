/**
 * The lines of a "Ændringer siden mødet …" document: one per changed field, plus one
 * per added or removed row, grouped by area. Shared by the screen and the exports.
 */
import type { AreaChanges, DiffField, OverviewDiff, RowChange } from '../../domain/diff'
import type { Initiative, Overview } from '../../domain/model'
import type { Deadline } from '../../domain/deadline/types'
import { formatDeadline, formatPeriodExact } from '../../domain/deadline'
import { statusLabels } from '../../strings/core'
import { diffFieldLabels, meetingsText as tx } from '../../strings/meetings'

export interface ChangesDocument {
  overview: Overview
  /** The heading, e.g. "Ændringer siden mødet 20. januar 2021". */
  title: string
  diff: OverviewDiff
  /** Reads a deadline text as written for that row (its reference date decides a missing year). */
  read: (text: string, row: Initiative) => Deadline
}

export interface ChangeLine {
  area: string
  title: string
  kind: string
  field: string
  before: string
  after: string
}

/** A field's value as a reader wants it: statuses in Danish, deadline texts with their reading. */
function show(doc: ChangesDocument, row: Initiative, field: DiffField, value: string): string {
  if (field === 'status' && value) return statusLabels[value as keyof typeof statusLabels] ?? value
  if (field === 'deadlineText' && value) {
    // The exact period says most ("ultimo marts 2021 (21.–31. marts 2021)"); skip it when it only repeats the text.
    const deadline = doc.read(value, row)
    const reading = 'start' in deadline && deadline.start && deadline.end ? formatPeriodExact(deadline.start, deadline.end) : formatDeadline(deadline)
    return reading && reading.toLowerCase() !== value.toLowerCase() ? `${value} (${reading})` : value
  }
  return value
}

export function changeLines(doc: ChangesDocument): ChangeLine[] {
  return doc.diff.areas.flatMap((area: AreaChanges) =>
    area.changes.flatMap((change: RowChange): ChangeLine[] => {
      if (change.kind === 'added') return [{ area: area.area, title: change.after.title, kind: tx.kind.added, field: '', before: '', after: '' }]
      if (change.kind === 'removed') return [{ area: area.area, title: change.before.title, kind: tx.kind.removed, field: '', before: '', after: '' }]
      return change.fields.map((f) => ({
        area: area.area,
        title: change.after.title,
        kind: tx.kind.changed,
        field: diffFieldLabels[f.field],
        before: show(doc, change.before, f.field, f.before),
        after: show(doc, change.after, f.field, f.after),
      }))
    }),
  )
}
