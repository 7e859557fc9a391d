import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createOverviewWithRows } from '../../src/storage/overviews'
import { addColumn, deleteColumn, renameColumn, restoreColumn } from '../../src/storage/columns'
import { collectionOf } from '../../src/sync/shared-doc'
import type { InitiativeDraft } from '../../src/domain/model'
import { eventually, Network, type Peer } from './peers'

const draft = (title: string): InitiativeDraft => ({ area: 'Central understøttelse', category: 'B', title, method: '', deadlineText: 'Medio 2021', status: 'not-started', owner: '', notes: '' })

let network: Network
afterEach(async () => network?.close())

/** One person shares an overview (with the columns given); another opens it. */
async function sharedOverview(columns: string[] = []) {
  network = new Network()
  const a = await network.add(null)
  const created = await createOverviewWithRows(a.db, { title: 'Bilag 1' }, [draft('Ny HR-Enhed')])
  if (!created.ok) throw new Error('setup')
  const id = created.value.overview.id
  for (const name of columns) expect((await addColumn(a.db, id, name, 'text')).ok).toBe(true)
  await network.start(a, id)
  const b = await network.add(null)
  await network.start(b, id)
  await eventually(async () => expect(await columnNames(b, id)).toEqual(columns))
  return { a, b, id }
}

const columnsOf = async (peer: Peer, id: string) => (await peer.db.overviews.get(id))?.columns ?? []
const columnNames = async (peer: Peer, id: string) => (await columnsOf(peer, id)).map((c) => c.name)
const columnId = async (peer: Peer, id: string, name: string) => (await columnsOf(peer, id)).find((c) => c.name === name)!.id

/** Both sides offline make their change, then reconnect; the columns must end the same on both. */
async function concurrently(a: Peer, b: Peer, changeA: () => Promise<unknown>, changeB: () => Promise<unknown>) {
  network.offline(a)
  network.offline(b)
  await changeA()
  await changeB()
  await a.bridge!.schedule()
  await b.bridge!.schedule()
  network.online(a)
  network.online(b)
}

describe("an overview's extra columns, merged column by column", () => {
  it.each([
    ['two people add a column at the same time: both are kept', [], (a: Peer, id: string) => addColumn(a.db, id, 'Budget', 'number'), (b: Peer, id: string) => addColumn(b.db, id, 'Kontakt', 'text'), ['Budget', 'Kontakt']],
    ['one renames a column while another adds one: both', ['Periode'], async (a: Peer, id: string) => renameColumn(a.db, id, await columnId(a, id, 'Periode'), 'Tidsrum'), (b: Peer, id: string) => addColumn(b.db, id, 'Kontakt', 'text'), ['Tidsrum', 'Kontakt']],
    ['one renames a column while another deletes another: both', ['Periode', 'Kontakt'], async (a: Peer, id: string) => renameColumn(a.db, id, await columnId(a, id, 'Periode'), 'Tidsrum'), async (b: Peer, id: string) => deleteColumn(b.db, id, await columnId(b, id, 'Kontakt')), ['Tidsrum']],
  ])('%s', async (_name, columns, changeA, changeB, expected) => {
    const { a, b, id } = await sharedOverview(columns)
    await concurrently(a, b, () => changeA(a, id), () => changeB(b, id))
    await eventually(async () => {
      expect([...(await columnNames(a, id))].sort()).toEqual([...expected].sort())
      expect(await columnsOf(b, id)).toEqual(await columnsOf(a, id))
    })
  })

  it('a delete against a rename follows the row rule: the delete wins, and Fortryd brings the column back renamed', async () => {
    const { a, b, id } = await sharedOverview(['Periode', 'Kontakt'])
    const periode = await columnId(a, id, 'Periode')
    let deleted: Awaited<ReturnType<typeof deleteColumn>> | undefined
    await concurrently(
      a,
      b,
      async () => (deleted = await deleteColumn(a.db, id, periode)),
      () => renameColumn(b.db, id, periode, 'Tidsrum'),
    )
    await eventually(async () => {
      expect(await columnNames(a, id)).toEqual(['Kontakt'])
      expect(await columnNames(b, id)).toEqual(['Kontakt'])
    })
    if (!deleted?.ok) throw new Error('delete')
    expect((await restoreColumn(a.db, deleted.value)).ok).toBe(true)
    await eventually(async () => {
      expect(await columnNames(a, id)).toEqual(['Tidsrum', 'Kontakt'])
      expect(await columnsOf(b, id)).toEqual(await columnsOf(a, id))
    })
  })

  it('a document shared with the old one-value form of columns still opens, and an editor moves it to the merged form', async () => {
    const { a, b, id } = await sharedOverview(['Periode'])
    const columns = await columnsOf(a, id)
    // The shared document as an older app wrote it: the whole list as one value.
    const old = new Y.Doc()
    const header = new Y.Map<unknown>()
    collectionOf(old, 'overview').set(id, header)
    const fields = collectionOf(a.doc, 'overview').get(id)!
    for (const [key, value] of fields.entries()) if (!key.startsWith('columns/')) header.set(key, value)
    header.set('columns', columns)
    for (const name of ['rows', 'statusLogs', 'snapshots'] as const) for (const [key, record] of collectionOf(a.doc, name).entries()) collectionOf(old, name).set(key, record.clone())
    network.offline(a)
    network.offline(b)
    // A third browser opens the old document (as Åbn fetches it): its columns are there.
    const c = await network.add(null)
    network.offline(c)
    await network.start(c, id, { readOnly: true })
    Y.applyUpdate(c.doc, Y.encodeStateAsUpdate(old))
    await eventually(async () => expect(await columnsOf(c, id)).toEqual(columns))
    // An editor opening it moves it to the merged form, and a column added then merges.
    const d = await network.add(null)
    network.offline(d)
    await network.start(d, id)
    Y.applyUpdate(d.doc, Y.encodeStateAsUpdate(old))
    await eventually(async () => expect(await columnsOf(d, id)).toEqual(columns))
    await eventually(() => expect(collectionOf(d.doc, 'overview').get(id)!.has('columns')).toBe(false))
    expect(collectionOf(d.doc, 'overview').get(id)!.get(`columns/${columns[0]!.id}/name`)).toBe('Periode')
  })
})
