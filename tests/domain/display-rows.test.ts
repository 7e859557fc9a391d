/** The table's display order: sorting (Danish, ABC, status, dates with undated last, several columns, stable) and grouping by area. */
import { describe, expect, it } from 'vitest'
import { displayRows, leafRows, rankColumn, sortRows, type DisplayItem } from '../../src/domain/display-rows'
import type { Category, Status } from '../../src/domain/model'
import type { ViewRow } from '../../src/domain/view-row'
import type { SortKey } from '../../src/domain/view-state'

interface Spec {
  id: string
  area?: string
  category?: Category
  title?: string
  owner?: string
  status?: Status
  end?: string
  latest?: string
}

function row({ id, area = 'Tilsyn', category = 'A', title = id, owner = '', status = 'not-started', end, latest }: Spec): ViewRow {
  return {
    id,
    initiative: { id, overviewId: 'o', area, category, title, method: '', deadlineText: '', status, owner, notes: '', order: 0, createdAt: '', updatedAt: '', revision: 0 },
    reading: { kind: 'none' },
    deadline: end ? { kind: 'date', start: end, end, precision: 'day', matched: end } : { kind: 'none' },
    flag: 'none',
    deadlineEnd: end,
    searchText: '',
    ...(latest ? { latestStatus: { id: `s${id}`, initiativeId: id, overviewId: 'o', date: latest, text: 'x', createdAt: '' } } : {}),
  } as ViewRow
}

const rows: ViewRow[] = [
  row({ id: '1', area: 'Tilsyn', category: 'B', title: 'Øvelse', owner: 'Zenia', status: 'implemented', end: '2021-05-31', latest: '2021-02-01' }),
  row({ id: '2', area: 'Central', category: 'C', title: 'aften', owner: 'Åse', status: 'not-started' }),
  row({ id: '3', area: 'Tilsyn', category: 'A', title: 'Indsats 10', owner: 'Zenia', status: 'in-progress', end: '2021-01-20' }),
  row({ id: '4', area: 'Ærø', category: 'C', title: 'Indsats 2', owner: 'Åse', status: 'dropped', end: '2021-12-31', latest: '2021-03-01' }),
  row({ id: '5', area: 'Central', category: 'A', title: 'Zone', owner: 'Bo', status: 'on-hold', end: '2021-01-20' }),
  row({ id: '6', area: 'Tilsyn', category: 'B', title: 'Ærlighed', owner: 'bo', status: 'not-started' }),
  row({ id: '7', area: 'Åbenhed', category: 'A', title: 'ÆRLIGHED', owner: 'Zenia', status: 'implemented', end: '2021-05-31', latest: '2021-01-15' }),
]

const order = (sorting: SortKey[], shown: readonly ViewRow[] = rows) => sortRows(shown, rows, sorting).map((r) => r.id)
const asc = (id: string): SortKey => ({ id, desc: false })
const desc = (id: string): SortKey => ({ id, desc: true })

describe('sortRows', () => {
  it.each<[string, SortKey[], string[]]>([
    ['unsorted: the data order', [], ['1', '2', '3', '4', '5', '6', '7']],
    ['Indsats: Danish collation, numbers as numbers, æ ø å after z', [asc('title')], ['2', '4', '3', '5', '6', '7', '1']],
    ['Indsats descending; collator-equal texts keep data order', [desc('title')], ['1', '6', '7', '5', '3', '4', '2']],
    ['Indsatsområde', [asc('area')], ['2', '5', '1', '3', '6', '4', '7']],
    ['ABC: A, B, C', [asc('category')], ['3', '5', '7', '1', '6', '2', '4']],
    ['ABC descending', [desc('category')], ['2', '4', '1', '6', '3', '5', '7']],
    ['Status in STATUSES order', [asc('status')], ['2', '6', '3', '1', '7', '5', '4']],
    ['Frist: by end date, undated last', [asc('deadline')], ['3', '5', '1', '7', '4', '2', '6']],
    ['Frist descending: undated still last', [desc('deadline')], ['4', '1', '7', '3', '5', '2', '6']],
    ['Seneste status: by date, none last', [asc('latestStatus')], ['7', '1', '4', '2', '3', '5', '6']],
    ['Seneste status descending: none still last', [desc('latestStatus')], ['4', '1', '7', '2', '3', '5', '6']],
    ['Ansvarlig, case-insensitive, then data order', [asc('owner')], ['5', '6', '1', '3', '7', '2', '4']],
    ['two columns: Ansvarlig, then Indsats descending', [asc('owner'), desc('title')], ['6', '5', '1', '7', '3', '4', '2']],
    ['two columns: Frist descending, then ABC', [desc('deadline'), asc('category')], ['4', '7', '1', '3', '5', '6', '2']],
    ['three columns: ABC, Frist, Indsats descending', [asc('category'), asc('deadline'), desc('title')], ['5', '3', '7', '1', '6', '4', '2']],
    ['an unknown column is ignored', [asc('nonsense'), asc('toString'), asc('title')], ['2', '4', '3', '5', '6', '7', '1']],
  ])('%s', (_, sorting, expected) => {
    expect(order(sorting)).toEqual(expected)
  })

  it('sorts a filtered subset in the same order as the whole', () => {
    const shown = rows.filter((r) => r.id !== '3' && r.id !== '6')
    for (const sorting of [[asc('title')], [desc('deadline'), asc('category')], [asc('owner'), desc('title')]]) {
      expect(order(sorting, shown)).toEqual(order(sorting).filter((id) => id !== '3' && id !== '6'))
    }
  })

  it('sorts rows that are not in the data set given, too', () => {
    const other = [row({ id: 'x', title: 'b' }), row({ id: 'y', title: 'a' })]
    expect(sortRows(other, rows, [asc('title')]).map((r) => r.id)).toEqual(['y', 'x'])
  })

  it('gives the same order again from its memo, and a new order for new data', () => {
    expect(order([asc('title')])).toEqual(order([asc('title')]))
    const renamed = rows.map((r) => (r.id === '2' ? row({ id: '2', title: 'Åbning' }) : r))
    expect(sortRows(renamed, renamed, [asc('title')]).map((r) => r.id)).toEqual(['4', '3', '5', '6', '7', '1', '2'])
  })
})

const describeItems = (items: readonly DisplayItem[]) => items.map((item) => (item.kind === 'group' ? `# ${item.area} (${item.count})` : `${item.row.id}${item.inGroup ? '' : ' flat'}`))

describe('displayRows', () => {
  it('without grouping: leaf items in sorted order', () => {
    expect(describeItems(displayRows(rows, rows, [asc('deadline')], false))).toEqual(['3 flat', '5 flat', '1 flat', '7 flat', '4 flat', '2 flat', '6 flat'])
  })

  // The groups follow their first row in the display order; rows keep the sort inside each group.
  it.each<[string, SortKey[], string[]]>([
    ['unsorted: groups in the order areas first appear (the overview\'s own order)', [], ['# Tilsyn (3)', '1', '3', '6', '# Central (2)', '2', '5', '# Ærø (1)', '4', '# Åbenhed (1)', '7']],
    ['Frist: the group with the earliest deadline first; undated rows last in their group', [asc('deadline')], ['# Tilsyn (3)', '3', '1', '6', '# Central (2)', '5', '2', '# Åbenhed (1)', '7', '# Ærø (1)', '4']],
    ['Frist descending: the group with the latest deadline first', [desc('deadline')], ['# Ærø (1)', '4', '# Tilsyn (3)', '1', '3', '6', '# Åbenhed (1)', '7', '# Central (2)', '5', '2']],
    ['Indsats descending: the group of the last title first', [desc('title')], ['# Tilsyn (3)', '1', '6', '3', '# Åbenhed (1)', '7', '# Central (2)', '5', '2', '# Ærø (1)', '4']],
    ['ABC: the group of the first A row first', [asc('category')], ['# Tilsyn (3)', '3', '1', '6', '# Central (2)', '5', '2', '# Åbenhed (1)', '7', '# Ærø (1)', '4']],
    ['ABC descending: the group of the first C row first', [desc('category')], ['# Central (2)', '2', '5', '# Ærø (1)', '4', '# Tilsyn (3)', '1', '6', '3', '# Åbenhed (1)', '7']],
    ['Indsatsområde: groups in Danish order of their names', [asc('area')], ['# Central (2)', '2', '5', '# Tilsyn (3)', '1', '3', '6', '# Ærø (1)', '4', '# Åbenhed (1)', '7']],
    ['Indsatsområde descending', [desc('area')], ['# Åbenhed (1)', '7', '# Ærø (1)', '4', '# Tilsyn (3)', '1', '3', '6', '# Central (2)', '2', '5']],
    ['two columns, Status then Indsatsområde descending: the whole sort decides', [asc('status'), desc('area')], ['# Tilsyn (3)', '6', '3', '1', '# Central (2)', '2', '5', '# Åbenhed (1)', '7', '# Ærø (1)', '4']],
    ['two columns, ABC then Frist descending', [asc('category'), desc('deadline')], ['# Åbenhed (1)', '7', '# Tilsyn (3)', '3', '1', '6', '# Central (2)', '5', '2', '# Ærø (1)', '4']],
    ['an unknown column only: as unsorted', [asc('nonsense')], ['# Tilsyn (3)', '1', '3', '6', '# Central (2)', '2', '5', '# Ærø (1)', '4', '# Åbenhed (1)', '7']],
  ])('grouped, %s', (_, sorting, expected) => {
    expect(describeItems(displayRows(rows, rows, sorting, true))).toEqual(expected)
  })

  it.each<[string, SortKey[], string[]]>([
    ['Frist: without row 3, Central holds the earliest deadline', [asc('deadline')], ['# Central (2)', '5', '2', '# Tilsyn (2)', '1', '6', '# Åbenhed (1)', '7', '# Ærø (1)', '4']],
    ['Frist descending: without row 4, Tilsyn and Åbenhed tie; the data order decides', [desc('deadline')], ['# Tilsyn (3)', '1', '3', '6', '# Åbenhed (1)', '7', '# Central (2)', '5', '2']],
  ])('grouped and filtered, %s', (name, sorting, expected) => {
    const without = name.includes('row 3') ? '3' : '4'
    const shown = rows.filter((r) => r.id !== without)
    expect(describeItems(displayRows(shown, rows, sorting, true))).toEqual(expected)
  })

  it('grouped and sorted: the same rows in the same order inside each group as the flat view', () => {
    for (const sorting of [[asc('deadline')], [desc('deadline')], [asc('status'), desc('area')], [desc('owner'), asc('title')]]) {
      const flat = leafRows(displayRows(rows, rows, sorting, false)).map((r) => r.id)
      const grouped = displayRows(rows, rows, sorting, true)
      const areaOf = new Map(rows.map((r) => [r.id, r.initiative.area]))
      const firstAppearance = [...new Set(flat.map((id) => areaOf.get(id)!))]
      expect(grouped.filter((i) => i.kind === 'group').map((i) => i.area)).toEqual(firstAppearance)
      for (const area of firstAppearance) {
        const inGroup: string[] = []
        let at = grouped.findIndex((i) => i.kind === 'group' && i.area === area) + 1
        for (; at < grouped.length && grouped[at]!.kind === 'leaf'; at++) inGroup.push((grouped[at] as { row: ViewRow }).row.id)
        expect(inGroup).toEqual(flat.filter((id) => areaOf.get(id) === area))
      }
    }
  })

  it('counts only the rows shown, and drops groups with none', () => {
    const shown = rows.filter((r) => r.initiative.category !== 'A')
    expect(describeItems(displayRows(shown, rows, [asc('title')], true))).toEqual(['# Central (1)', '2', '# Ærø (1)', '4', '# Tilsyn (2)', '6', '1'])
  })

  it('groups by the exact area text; collator-equal areas stay apart, in data order', () => {
    const data = [row({ id: 'a', area: 'tilsyn' }), row({ id: 'b', area: 'Tilsyn' }), row({ id: 'c', area: 'tilsyn' }), row({ id: 'd', area: '' })]
    expect(describeItems(displayRows(data, data, [desc('area')], true))).toEqual(['# tilsyn (2)', 'a', 'c', '# Tilsyn (1)', 'b', '#  (1)', 'd'])
    expect(describeItems(displayRows(data, data, [asc('area')], true))).toEqual(['#  (1)', 'd', '# tilsyn (2)', 'a', 'c', '# Tilsyn (1)', 'b'])
  })

  it('gives stable, unique keys and the same leaf item object for a row every time', () => {
    const first = displayRows(rows, rows, [], true)
    const again = displayRows(rows.slice(0, 3), rows, [asc('title')], true)
    const keys = first.map((i) => i.key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(again.find((i) => i.key === '1')).toBe(first.find((i) => i.key === '1'))
    const tilsyn = (items: readonly DisplayItem[]) => items.find((i) => i.kind === 'group' && i.area === 'Tilsyn')?.key
    expect(tilsyn(first)).toBeDefined()
    expect(tilsyn(first)).toBe(tilsyn(again))
  })

  it('takes the positions of the rows shown when given, and checks them', () => {
    const shown = rows.filter((r) => r.id !== '2' && r.id !== '5')
    const expected = describeItems(displayRows([...shown], rows, [desc('deadline')], true))
    expect(describeItems(displayRows(shown, rows, [desc('deadline')], true, Int32Array.from([0, 2, 3, 5, 6])))).toEqual(expected)
    // Positions that do not fit the rows are not trusted.
    expect(describeItems(displayRows([...shown], rows, [desc('deadline')], true, Int32Array.from([0, 1, 2, 3, 4])))).toEqual(expected)
  })

  it('returns the very same items again for the same rows shown (Backspace)', () => {
    const shown = rows.slice(0, 4)
    expect(displayRows(shown, rows, [asc('title')], true)).toBe(displayRows(shown, rows, [asc('title')], true))
    expect(displayRows(shown, rows, [asc('title')], false)).not.toBe(displayRows(shown, rows, [asc('title')], true))
  })

  it('leafRows gives the shown rows in display order, for exports of the view', () => {
    expect(leafRows(displayRows(rows, rows, [asc('area')], true)).map((r) => r.id)).toEqual(['2', '5', '1', '3', '6', '4', '7'])
    expect(leafRows([])).toEqual([])
  })
})

describe('rankColumn (the idle warm-up before a first sort click)', () => {
  it('ranks a column once, ahead of the sort, which then orders exactly as without it', () => {
    const cold = [...rows]
    const warm = [...rows]
    const ids = (list: readonly ViewRow[], sorting: SortKey[]) => sortRows(list, list, sorting).map((r) => r.id)
    for (const id of ['title', 'owner', 'deadline', 'status', 'category', 'area']) expect(rankColumn(warm, id), id).toBe(true)
    expect(rankColumn(warm, 'title')).toBe(false)
    // Not a sortable column: nothing to do.
    expect(rankColumn(warm, 'method-of-nothing')).toBe(false)
    for (const sorting of [[{ id: 'title', desc: false }], [{ id: 'owner', desc: true }, { id: 'deadline', desc: false }], [{ id: 'status', desc: false }]] as SortKey[][])
      expect(ids(warm, sorting)).toEqual(ids(cold, sorting))
  })
})
