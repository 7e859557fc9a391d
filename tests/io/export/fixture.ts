/**
 * The real Bilag 1 (tests/fixtures/bilag1.expected.json) as an ExportDocument: 19 rows in
 * three groups, with statuses, owners and flags filled in so every export path is exercised.
 */
import bilag from '../../fixtures/bilag1.expected.json'
import { fixedDeadline, flagFor, type Deadline, type Flag } from '../../../src/domain/deadline'
import type { Initiative, Overview, Status } from '../../../src/domain/model'
import type { ExportDocument, ExportRow } from '../../../src/io/export'
import { builtInColumn, type ColumnSpec } from '../../../src/domain/columns'

/** Built-in columns by id, as the registry has them. */
export const cols = (...ids: string[]): ColumnSpec[] => ids.map((id) => builtInColumn(id)!)

/** Chosen so several February rows are overdue and the March row is due soon. */
export const AS_OF = '2021-03-01'

export const overview: Overview = {
  id: 'ov-1',
  title: bilag.title,
  committee: 'Børne- og Ungdomsudvalget',
  caseNumber: '2020-0781234',
  meetingDate: bilag.reference,
  legend: bilag.legend,
  columns: [],
  createdAt: '2021-01-18T08:00:00.000Z',
  updatedAt: '2021-01-19T08:00:00.000Z',
}

const OWNERS = ['Søren Ærø', 'Åse "Bøje" Østergaard', 'BUF, Center for Dagtilbud']

export function initiative(partial: Partial<Initiative> & { order: number }): Initiative {
  return {
    id: `in-${partial.order}`,
    overviewId: overview.id,
    area: '',
    category: 'A',
    title: 'Indsats',
    method: '',
    deadlineText: '',
    status: 'not-started',
    owner: '',
    notes: '',
    createdAt: '2021-01-18T08:00:00.000Z',
    updatedAt: '2021-01-18T08:00:00.000Z',
    revision: 0,
    ...partial,
  }
}

/** Row 6 ("Notatet udarbejdes forud for overførelsessagen") has no readable date; it gets one by hand. */
export const FIXED_ROW = 5
export const FIXED_DATE = '2021-04-15'

export const bilagRows: ExportRow[] = bilag.initiatives.map((e, index) => {
  const reading = { ...e.deadline, matched: e.deadlineText } as Deadline
  const deadline = index === FIXED_ROW ? fixedDeadline(FIXED_DATE) : reading
  const status: Status = deadline.kind === 'done' ? 'implemented' : index % 3 === 0 ? 'in-progress' : 'not-started'
  const row = initiative({
    order: index,
    area: e.area,
    category: e.category as Initiative['category'],
    title: e.title,
    method: e.method,
    deadlineText: e.deadlineText,
    status,
    owner: OWNERS[index % OWNERS.length] ?? '',
    ...(index === FIXED_ROW ? { fixedDeadline: FIXED_DATE } : {}),
  })
  return { initiative: row, deadline, flag: flagFor(deadline, status, AS_OF) }
})

export const DEFAULT_COLUMNS: ExportDocument['columns'] = cols('area', 'category', 'title', 'method', 'deadlineText', 'deadline', 'status', 'owner', 'flag')

export function bilagDocument(overrides: Partial<ExportDocument> = {}): ExportDocument {
  return { overview, asOf: AS_OF, columns: DEFAULT_COLUMNS, grouped: true, rows: bilagRows, ...overrides }
}

/** Texts a spreadsheet could take for formulas, and look-alikes that must pass untouched. */
export const INJECTIONS = ['=1+1', '+45 33 66 33 66', '-kommunikation', '- a. Indsatser', '@SUM(A1:A2)', '\tTAB', '\rCR', "=HYPERLINK(\"http://x\";\"klik\")"]
export const HARMLESS = ['– tankestreg', 'a=b', " '=citat", 'Ærø 1-2']

/** A small document whose rows carry the injection texts in title, method and owner. */
export function injectionDocument(): ExportDocument {
  const rows = [...INJECTIONS, ...HARMLESS].map((text, order) => ({
    initiative: initiative({ order, area: text, title: text, method: text, owner: text }),
    deadline: { kind: 'none' } as Deadline,
    flag: 'no-date' as Flag,
  }))
  return bilagDocument({ rows, grouped: false })
}
