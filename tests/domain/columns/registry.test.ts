/**
 * Every column the registry knows can be shown, edited and written: a label, a cell
 * renderer, an editor when it is editable, and a writer for every export format. The maps
 * are `Record<ColumnKind, …>`, so TypeScript refuses a missing kind; this test also walks
 * the columns of an overview with one extra column of each type.
 */
import { describe, expect, it } from 'vitest'
import { COLUMN_KINDS, KIND_BEHAVIOUR, columnsOf, columnText, type ColumnSpec } from '../../../src/domain/columns'
import { CELL_RENDERERS } from '../../../src/features/table/cells'
import { CSV_VALUE, XLSX_VALUE } from '../../../src/io/export/column-values'
import { columnLabels } from '../../../src/strings/core'
import { toViewRow } from '../../../src/domain/view-row'
import type { Initiative } from '../../../src/domain/model'

const overview = {
  meetingDate: '2021-01-20',
  columns: [
    { id: 'xtext01', name: 'Afd.', type: 'text' as const },
    { id: 'xnum001', name: 'Budget', type: 'number' as const },
    { id: 'xdate01', name: 'Opstart', type: 'date' as const },
  ],
}
const row: Initiative = {
  id: 'r1', overviewId: 'o1', area: 'Tilsyn', category: null, title: 'Ny HR-Enhed', method: 'Procedure', deadlineText: 'Medio 2021',
  status: 'in-progress', owner: 'BUF', notes: 'Note', order: 1, createdAt: '2021-01-01T00:00:00.000Z', updatedAt: '2021-01-01T00:00:00.000Z', revision: 0,
  extra: { xtext01: 'HR', xnum001: 12500.5, xdate01: '2021-03-01' },
}
const view = toViewRow(row, overview, '2021-03-01')
const columns = columnsOf(overview)

describe('the column registry', () => {
  it('has the Bilag 1 columns first, in order, then the overview\'s own', () => {
    expect(columns.filter((c) => c.inTable).map((c) => c.label)).toEqual([
      'Indsatsområde', 'ABC', 'Indsats', 'Hvordan implementeres det', 'Hvornår forventes det implementeret', 'Frist', 'Status', 'Ansvarlig', 'Seneste status', 'Afd.', 'Budget', 'Opstart',
    ])
  })

  it.each(columns.map((c) => [c.id, c] as [string, ColumnSpec]))('%s has a label, a cell renderer, a sort rule and a writer per export', (_, column) => {
    expect(column.label.trim()).not.toBe('')
    if (column.source.from !== 'extra') expect(column.label).toBe(columnLabels[column.id as keyof typeof columnLabels])
    expect(typeof CELL_RENDERERS[column.kind]).toBe('function')
    expect(KIND_BEHAVIOUR[column.kind]).toBeDefined()
    expect(typeof CSV_VALUE[column.kind](view, column)).toBe('string')
    expect(['text', 'number', 'date']).toContain(XLSX_VALUE[column.kind](view, column).kind)
    expect(typeof columnText(column, view)).toBe('string')
    if (column.inTable) expect(KIND_BEHAVIOUR[column.kind].sort).not.toBeNull()
  })

  it('has a behaviour for every kind', () => {
    for (const kind of COLUMN_KINDS) expect(Object.keys(KIND_BEHAVIOUR)).toContain(kind)
  })

  it.each([
    ['category', '', ''],
    ['xnum001', '12.500,5', '12500,5'],
    ['xdate01', '01.03.2021', '2021-03-01'],
    ['xtext01', 'HR', 'HR'],
  ])('%s reads "%s" in Word and the print, "%s" in CSV', (id, words, csv) => {
    const column = columns.find((c) => c.id === id)!
    expect(columnText(column, view)).toBe(words)
    expect(CSV_VALUE[column.kind](view, column)).toBe(csv)
  })

  it('writes numbers and dates to Excel as values, a row without a category as an empty cell', () => {
    const byId = (id: string) => columns.find((c) => c.id === id)!
    expect(XLSX_VALUE.number(view, byId('xnum001'))).toEqual({ kind: 'number', value: 12500.5 })
    expect(XLSX_VALUE.date(view, byId('xdate01'))).toEqual({ kind: 'date', value: new Date(Date.UTC(2021, 2, 1)) })
    expect(XLSX_VALUE.category(view, byId('category'))).toEqual({ kind: 'text', value: '' })
  })

  it('finds extra values with Søg, as shown and as stored', () => {
    expect(view.searchText).toContain('12.500,5')
    expect(view.searchText).toContain('01.03.2021')
    expect(view.searchText).toContain('hr')
  })
})

describe('import names', () => {
  it('every stored column an imported table can fill names its header variants, and no name belongs to two columns', () => {
    const importable = columns.filter((c) => c.source.from === 'field' && c.source.field !== 'fixedDeadline')
    for (const column of importable) expect(column.importNames?.length, column.id).toBeGreaterThan(0)
    // The label a user sees is one of the names the importer knows for it.
    for (const column of importable) expect(column.importNames, column.id).toContain(column.id === 'category' ? 'ABC' : column.label)
    const all = importable.flatMap((c) => c.importNames ?? [])
    expect(new Set(all.map((n) => n.toLowerCase())).size).toBe(all.length)
  })

  it('are the lists the importer reads its header names from', async () => {
    const { VARIANTS } = await import('../../../src/io/import/header')
    expect(VARIANTS.owner).toEqual(columns.find((c) => c.id === 'owner')!.importNames)
    expect(VARIANTS.remarks).toEqual(columns.find((c) => c.id === 'notes')!.importNames)
    expect(VARIANTS.deadlineText[0]).toBe('Hvornår forventes det implementeret')
  })
})
