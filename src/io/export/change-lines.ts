/**
 * The lines of a "Ændringer siden mødet …" document: one per changed field, plus one
 * per added or removed row, grouped by area. Shared by the screen and the exports.
 */
import type { AreaChanges, DiffColumn, OverviewDiff, RowChange } from '../../domain/diff'
import type { Initiative, Overview } from '../../domain/model'
import type { Deadline } from '../../domain/deadline/types'
import { formatDeadline, formatPeriodExact } from '../../domain/deadline'
import { formatNumber } from '../../domain/columns/kinds'
import { formatDateEntry } from '../../domain/date-entry-format'
import { statusLabels, type ColumnId } from '../../strings/core'
import { diffColumnText, diffFieldLabels, meetingsText as tx } from '../../strings/meetings'

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

/** A field's value as a reader wants it: statuses in Danish, deadline texts with their reading, Danish numbers and dates. */
function show(doc: ChangesDocument, row: Initiative, column: DiffColumn, value: string): string {
  if (!value) return value
  switch (column.spec.kind) {
    case 'status':
      return statusLabels[value as keyof typeof statusLabels] ?? value
    case 'deadline-text': {
      // The exact period says most ("ultimo marts 2021 (21.–31. marts 2021)"); skip it when it only repeats the text.
      const deadline = doc.read(value, row)
      const reading = 'start' in deadline && deadline.start && deadline.end ? formatPeriodExact(deadline.start, deadline.end) : formatDeadline(deadline)
      return reading && reading.toLowerCase() !== value.toLowerCase() ? `${value} (${reading})` : value
    }
    case 'number':
      return Number.isFinite(Number(value)) ? formatNumber(Number(value)) : value
    case 'date':
      return formatDateEntry(value)
    default:
      // Text as written (the category letter, areas, titles, extra text columns).
      return value
  }
}

/** The field's name: a built-in's label, or an extra column's name with what became of it since. */
export function fieldLabel(column: DiffColumn): string {
  const { spec, nameBefore, nameAfter } = column
  if (spec.source.from !== 'extra') return diffFieldLabels[spec.id as ColumnId] ?? spec.label
  if (nameAfter === undefined) return diffColumnText.deleted(nameBefore ?? spec.label)
  return nameBefore !== undefined && nameBefore !== nameAfter ? diffColumnText.renamed(nameAfter, nameBefore) : nameAfter
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
        field: fieldLabel(f.column),
        before: show(doc, change.before, f.column, f.before),
        after: show(doc, change.after, f.column, f.after),
      }))
    }),
  )
}
