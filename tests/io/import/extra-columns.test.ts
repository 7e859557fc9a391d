// Extra columns and status logs as the import hands them to the storage: typed values, a
// column kept as Tekst when one value does not read as its type, names made unique, the
// status words as written, the document's (or the file's) date, and the reused columns.
import { describe, expect, it } from 'vitest'
import { documentDateOf, extraColumnsOf, settleExtraColumns, importFile, importText, setForRows, setMapping, toDrafts, type ImportPlan, type PlanRow } from '../../../src/io/import'
import { placeImportColumns } from '../../../src/io/import/target-columns'
import type { ExtraColumn } from '../../../src/domain/columns/extra'
import { tsv, unwrap } from './helpers'

const head = ['Indsats', 'Frist']
const plan = (extraHeader: string, ...values: string[]) =>
  unwrap(importText(tsv([...head, extraHeader], ...values.map((v, i) => [`Opgave ${i + 1}`, 'Medio 2021', v]))))

describe('extra column values', () => {
  it.each([
    ['Budget', ['12.500', '3,5', ''], 'number', [12500, 3.5, undefined]],
    ['Budget', ['12.500', 'ca. 4.000', '7'], 'text', ['12.500', 'ca. 4.000', '7']],
    ['Godkendt', ['20.01.2021', '2021-03-01', ''], 'date', ['2021-01-20', '2021-03-01', undefined]],
    ['Godkendt', ['20.01.2021', '31.02.2021', '1.3.2021'], 'text', ['20.01.2021', '31.02.2021', '1.3.2021']],
    ['Periode', ['2021', 'Forår', 'Hele året'], 'text', ['2021', 'Forår', 'Hele året']],
  ])('%s %j → a %s column', (name, values, type, stored) => {
    const out = unwrap(toDrafts(plan(name, ...values), { reference: '2021-01-20' }))
    expect(out.extraColumns).toEqual([{ name, type }])
    expect(out.rows.map((r) => r.extra[name])).toEqual(stored)
    // Never in the notes: the column is real.
    expect(out.rows.every((r) => r.notes === '')).toBe(true)
  })

  it('settles the type on the rows that are imported: an excluded row with text does not make it Tekst', () => {
    const p = plan('Budget', '12.500', '3,5')
    const columns = extraColumnsOf(p)
    expect(columns).toEqual([{ column: 2, name: 'Budget', type: 'number' }])
    const [first, second] = p.rows as [PlanRow, PlanRow]
    const edited = (excluded: boolean) => [first, { ...second, extras: { 2: 'ca. 4.000' }, excluded }]
    expect(settleExtraColumns(columns, edited(false))[0]?.type).toBe('text')
    expect(settleExtraColumns(columns, edited(true))[0]?.type).toBe('number')
  })

  it('names columns without a header "Kolonne N" and makes names unique, cut to 60 characters', () => {
    const long = 'Bemærkninger til den videre proces og de mange aftaler der er indgået'
    const p = unwrap(importText(tsv(['Indsats', 'Frist', 'Periode', 'periode', long], ['Et', '2021', 'a', 'b', 'c'], ['To', '2021', 'd', 'e', 'f'])))
    const remapped = unwrap(setMapping(p, 4, 'extra'))
    const names = unwrap(toDrafts(remapped, { reference: '2021-01-20' })).extraColumns.map((c) => c.name)
    expect(names.slice(0, 2)).toEqual(['Periode', 'periode (2)'])
    expect(names.every((n) => n.length <= 60)).toBe(true)
  })

  it('flags a 1 MB cell in an extra column as too long: the import waits for a fix', () => {
    const p = plan('Periode', 'x'.repeat(1_000_000), 'kort')
    expect(p.rows[0]?.notes).toContain('text-too-long')
    expect(toDrafts(p, { reference: '2021-01-20' })).toMatchObject({ ok: false, code: 'rows-need-attention', detail: '1' })
  })
})

describe('status words as the first status-log entry', () => {
  const statusPlan = () =>
    unwrap(importText(tsv(['Indsats', 'Frist', 'Status'], ['Et', 'September', 'Godkendt'], ['To', 'Oktober', 'I afsluttende proces'], ['Tre', 'November', 'Høring udskudt grundet valg'], ['Fire', 'December', ''])))

  it('keeps the words as written, dated by the status date, and the status read where the meaning is clear', () => {
    const out = unwrap(toDrafts(statusPlan(), { reference: '2025-01-01', statusDate: '2025-03-01' }))
    expect(out.rows.map((r) => [r.status, r.statusLog])).toEqual([
      ['implemented', [{ date: '2025-03-01', text: 'Godkendt' }]],
      ['in-progress', [{ date: '2025-03-01', text: 'I afsluttende proces' }]],
      ['on-hold', [{ date: '2025-03-01', text: 'Høring udskudt grundet valg' }]],
      ['not-started', []],
    ])
  })

  it('a row read against another date than a new row gets keeps it as its own reference', () => {
    const out = unwrap(toDrafts(statusPlan(), { reference: '2025-01-01', defaultReference: '2026-12-06' }))
    expect(out.rows.map((r) => r.deadlineReference)).toEqual(['2025-01-01', '2025-01-01', '2025-01-01', '2025-01-01'])
    expect(out.rows[0]?.deadline).toMatchObject({ kind: 'date', end: '2025-09-30' })
    const same = unwrap(toDrafts(statusPlan(), { reference: '2026-12-06', defaultReference: '2026-12-06' }))
    expect(same.rows.every((r) => !('deadlineReference' in r))).toBe(true)
  })
})

describe('the document date: the text above, else the file date before today, else none', () => {
  const withSource = (documentDate: ImportPlan['documentDate'], fileDate?: string) =>
    ({ documentDate, source: { kind: 'docx', ...(fileDate ? { fileDate } : {}) } }) as Pick<ImportPlan, 'documentDate' | 'source'>
  const fromText = { iso: '2021-03-01', precision: 'day', text: '1. marts 2021' } as const
  it.each([
    ['text wins over the file', withSource(fromText, '2025-05-02'), { date: fromText, source: 'text' }],
    ['the file date when the text has none', withSource(null, '2025-05-02'), { date: { iso: '2025-05-02', precision: 'day', text: '2025-05-02' }, source: 'file' }],
    ['a file saved today says nothing', withSource(null, '2026-12-06'), { date: null, source: 'today' }],
    ['a file dated in the future is not believed', withSource(null, '2027-01-01'), { date: null, source: 'today' }],
    ['a paste has no file date', withSource(null), { date: null, source: 'today' }],
    ['an impossible date is ignored', withSource(null, '2025-02-30'), { date: null, source: 'today' }],
  ])('%s', (_, plan, expected) => {
    expect(documentDateOf(plan, '2026-12-06')).toEqual(expected)
  })

  it("reads the file's lastModified day into the plan", async () => {
    const data = new TextEncoder().encode(tsv(['Indsats', 'Frist'], ['Et', 'September'], ['To', 'Oktober']))
    const p = unwrap(await importFile({ name: 'plan.csv', data, lastModified: new Date(2025, 4, 2, 12).getTime() }))
    expect(p.source.fileDate).toBe('2025-05-02')
    expect(documentDateOf(p, '2026-12-06').source).toBe('file')
  })
})

describe('setting a field for many preview rows', () => {
  const p = () => unwrap(importText(tsv(['Indsats', 'Frist', 'Status'], ['Et', '2021', 'noget'], ['To', '2021', ''], ['Tre', '2021', 'I gang'])))
  it.each([
    ['category', 'B', (r: ImportPlan['rows'][number]) => r.category],
    ['status', 'on-hold', (r: ImportPlan['rows'][number]) => r.status],
    ['area', '  Skoler ', (r: ImportPlan['rows'][number]) => r.area],
    ['owner', 'BUF', (r: ImportPlan['rows'][number]) => r.owner],
  ] as const)('%s', (field, value, read) => {
    const plan = p()
    const ids = plan.rows.slice(0, 2).map((r) => r.id)
    const out = unwrap(setForRows(plan, ids, field, value as never))
    expect(out.rows.map(read)).toEqual([value.trim(), value.trim(), read(plan.rows[2]!)])
  })

  it('a status set by hand clears "not recognised" but keeps the words for the log', () => {
    const plan = p()
    const out = unwrap(setForRows(plan, [plan.rows[0]!.id], 'status', 'in-progress'))
    expect(out.rows[0]).toMatchObject({ status: 'in-progress', statusText: 'noget' })
    expect(out.rows[0]?.notes).not.toContain('status-unknown')
  })

  it('refuses an unknown row and an overlong area', () => {
    const plan = p()
    expect(setForRows(plan, [999], 'area', 'X')).toMatchObject({ ok: false, code: 'row-not-found' })
    expect(setForRows(plan, [plan.rows[0]!.id], 'area', 'x'.repeat(501))).toMatchObject({ ok: false })
    expect(setForRows(plan, [], 'owner', 'X')).toMatchObject({ ok: false })
  })
})

describe('placing the columns in the target overview', () => {
  const existing: ExtraColumn[] = [
    { id: 'xaaaaaa', name: 'Periode', type: 'text' },
    { id: 'xbbbbbb', name: 'Budget', type: 'number' },
  ]
  let n = 0
  const random = () => (++n * 0.137) % 1
  it.each([
    ['same name, other case, same type: reused', [{ name: 'periode', type: 'text' }], [], { periode: 'xaaaaaa' }],
    ['same name, other type: a new column with a unique name', [{ name: 'Budget', type: 'text' }], ['Budget (2)'], null],
    ['a built-in label: made unique', [{ name: 'status', type: 'text' }], ['status (2)'], null],
    ['a new name: added', [{ name: 'Afd.', type: 'text' }], ['Afd.'], null],
  ] as const)('%s', (_, wanted, addedNames, ids) => {
    const placed = placeImportColumns(existing, wanted, ['Status', 'Indsats'], random)!
    expect(placed.added.map((c) => c.name)).toEqual(addedNames)
    expect(placed.columns).toEqual([...existing, ...placed.added])
    if (ids) expect(placed.idByName).toEqual(ids)
    for (const w of wanted) expect(placed.idByName[w.name]).toMatch(/^x[a-z0-9]+$/)
  })

  it('refuses more than 50 columns', () => {
    const many = Array.from({ length: 49 }, (_, i) => ({ name: `K${i}`, type: 'text' as const }))
    expect(placeImportColumns(existing, many, [], random)).toBeNull()
  })
})

describe('a column of numbers: a numbering kept in front of the indsats, or amounts in a column of their own', () => {
  it.each([
    [['1', '2', '3'], 'number'],
    [['1.1', '1.2', '2.1'], 'number'],
    [['12.500', '3.000', '750'], 'extra'],
    [['750', '300', '120'], 'extra'],
    [['30', '31', '32'], 'extra'],
  ])('%j → %s', (values, field) => {
    const p = unwrap(importText(tsv(['Indsats', 'Frist', 'Beløb'], ...values.map((v, i) => [`Opgave ${'abc'[i]}`, 'Medio 2021', v]))))
    expect(p.mapping[2]).toBe(field)
  })
})
