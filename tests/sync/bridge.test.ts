import { afterEach, describe, expect, it } from 'vitest'
import { createOverviewWithRows, updateOverviewHeader } from '../../src/storage/overviews'
import { deleteInitiative, restoreInitiatives, updateInitiative } from '../../src/storage/initiatives'
import { addStatusEntry } from '../../src/storage/status-log'
import { saveSnapshot } from '../../src/storage/lifecycle'
import { statusLogOf, snapshotsOf } from '../../src/storage/queries'
import { collectionOf } from '../../src/sync/shared-doc'
import type { Initiative, InitiativeDraft } from '../../src/domain/model'
import { eventually, Network, rows, type Peer } from './peers'

const draft = (title: string, patch: Partial<InitiativeDraft> = {}): InitiativeDraft => ({
  area: 'Central understøttelse',
  category: 'B',
  title,
  method: 'Samling af HR-opgaver',
  deadlineText: 'Medio 2021',
  status: 'not-started',
  owner: '',
  notes: '',
  ...patch,
})

const editable = (row: Initiative): InitiativeDraft => ({
  area: row.area,
  category: row.category,
  title: row.title,
  method: row.method,
  deadlineText: row.deadlineText,
  fixedDeadline: row.fixedDeadline,
  status: row.status,
  owner: row.owner,
  notes: row.notes,
})

let network: Network
afterEach(async () => network?.close())

/** One person shares an overview of three rows; another opens it. */
async function sharedOverview(options: { readerB?: boolean } = {}) {
  network = new Network()
  const a = await network.add(null)
  const created = await createOverviewWithRows(a.db, { title: 'Bilag 1 – overblik over indsatser', committee: 'Økonomiudvalget' }, [draft('Ny HR-Enhed'), draft('Fælles indkøb'), draft('Digital post')])
  if (!created.ok) throw new Error('setup')
  const id = created.value.overview.id
  await network.start(a, id)
  const b = await network.add(null)
  if (options.readerB) b.readOnlyServerSide = true
  await network.start(b, id, { readOnly: options.readerB })
  await eventually(async () => expect(await rows(b, id)).toHaveLength(3))
  return { a, b, id, rowIds: created.value.initiativeIds }
}

async function edit(peer: Peer, overviewId: string, rowId: string, patch: Partial<InitiativeDraft>) {
  const row = (await rows(peer, overviewId)).find((r) => r.id === rowId)!
  const result = await updateInitiative(peer.db, rowId, { ...editable(row), ...patch }, row.revision)
  expect(result.ok).toBe(true)
}

const rowOf = async (peer: Peer, overviewId: string, rowId: string) => (await rows(peer, overviewId)).find((r) => r.id === rowId)

describe('the bridge between the local copy and the shared document', () => {
  it('opening a shared overview brings its header and every row, in order', async () => {
    const { a, b, id } = await sharedOverview()
    expect(await b.db.overviews.get(id)).toEqual(await a.db.overviews.get(id))
    expect(await rows(b, id)).toEqual(await rows(a, id))
  })

  it('an edit on one side appears on the other, and the header too', async () => {
    const { a, b, id, rowIds } = await sharedOverview()
    await edit(a, id, rowIds[1]!, { owner: 'Mette Holm', status: 'in-progress' })
    await eventually(async () => expect(await rowOf(b, id, rowIds[1]!)).toMatchObject({ owner: 'Mette Holm', status: 'in-progress' }))
    const header = (await b.db.overviews.get(id))!
    expect((await updateOverviewHeader(b.db, id, { ...header, legend: { ...header.legend, C: 'Kræver politisk drøftelse' } })).ok).toBe(true)
    await eventually(async () => expect((await a.db.overviews.get(id))?.legend.C).toBe('Kræver politisk drøftelse'))
  })

  it('edits made offline to different fields of one row both survive the reconnect', async () => {
    const { a, b, id, rowIds } = await sharedOverview()
    network.offline(b)
    await edit(a, id, rowIds[0]!, { owner: 'Anne' })
    await edit(b, id, rowIds[0]!, { status: 'implemented', deadlineText: 'April/maj 2021' })
    await a.bridge!.schedule()
    await b.bridge!.schedule()
    expect(await rowOf(a, id, rowIds[0]!)).toMatchObject({ owner: 'Anne', status: 'not-started' })
    network.online(b)
    for (const peer of [a, b]) await eventually(async () => expect(await rowOf(peer, id, rowIds[0]!)).toMatchObject({ owner: 'Anne', status: 'implemented', deadlineText: 'April/maj 2021' }))
  })

  it('an edit made offline and then closed is sent after a reload', async () => {
    const { a, b, id, rowIds } = await sharedOverview()
    network.offline(b)
    b.bridge!.stop()
    b.bridge = null
    // The tab is closed: nothing watches the local copy while the row is edited.
    await edit(b, id, rowIds[2]!, { notes: 'Skrevet i toget' })
    await network.start(b, id)
    network.online(b)
    await eventually(async () => expect((await rowOf(a, id, rowIds[2]!))?.notes).toBe('Skrevet i toget'))
    expect(await rows(a, id)).toHaveLength(3)
  })

  it('a delete wins over a concurrent edit, and Fortryd brings the row back with that edit', async () => {
    const { a, b, id, rowIds } = await sharedOverview()
    network.offline(b)
    const deleted = await deleteInitiative(a.db, rowIds[1]!)
    if (!deleted.ok) throw new Error('delete')
    await edit(b, id, rowIds[1]!, { owner: 'Bo' })
    await b.bridge!.schedule()
    network.online(b)
    for (const peer of [a, b]) await eventually(async () => expect(await rows(peer, id)).toHaveLength(2))
    expect((await restoreInitiatives(a.db, [deleted.value])).ok).toBe(true)
    for (const peer of [a, b]) await eventually(async () => expect((await rowOf(peer, id, rowIds[1]!))?.owner).toBe('Bo'))
  })

  it('status-log entries written by two people both survive, newest date first', async () => {
    const { a, b, rowIds } = await sharedOverview()
    network.offline(b)
    expect((await addStatusEntry(a.db, rowIds[0]!, { date: '2021-03-01', text: 'Udbud sendt', author: 'Anne' })).ok).toBe(true)
    expect((await addStatusEntry(b.db, rowIds[0]!, { date: '2021-04-15', text: 'Kontrakt underskrevet', author: 'Bo' })).ok).toBe(true)
    await b.bridge!.schedule()
    network.online(b)
    for (const peer of [a, b]) await eventually(async () => expect((await statusLogOf(peer.db, rowIds[0]!)).map((e) => e.text)).toEqual(['Kontrakt underskrevet', 'Udbud sendt']))
  })

  it('a version saved for a meeting is shared, unchanged', async () => {
    const { a, b, id } = await sharedOverview()
    const saved = await saveSnapshot(a.db, id, 'Møde 20. januar 2021', '2021-01-20')
    if (!saved.ok) throw new Error('snapshot')
    await eventually(async () => expect(await snapshotsOf(b.db, id)).toEqual([saved.value]))
  })

  it('converting the same overview a second time adds no row twice', async () => {
    const { a, b, id } = await sharedOverview()
    await network.start(a, id)
    await network.start(b, id)
    await eventually(async () => expect(collectionOf(a.doc, 'rows').size).toBe(3))
    expect(collectionOf(b.doc, 'rows').size).toBe(3)
    expect(await rows(b, id)).toHaveLength(3)
  })

  it('a reader sends nothing, and its local copy follows the shared one', async () => {
    const { a, b, id, rowIds } = await sharedOverview({ readerB: true })
    await edit(b, id, rowIds[0]!, { owner: 'Læser' })
    await eventually(async () => expect((await rowOf(b, id, rowIds[0]!))?.owner).toBe(''))
    expect((await rowOf(a, id, rowIds[0]!))?.owner).toBe('')
    await edit(a, id, rowIds[0]!, { owner: 'Redaktør' })
    await eventually(async () => expect((await rowOf(b, id, rowIds[0]!))?.owner).toBe('Redaktør'))
  })

  it('deleting the overview in one browser does not delete it for the others', async () => {
    const { a, b, id } = await sharedOverview()
    const { deleteOverview } = await import('../../src/storage/lifecycle')
    expect((await deleteOverview(b.db, id)).ok).toBe(true)
    await b.bridge!.schedule()
    expect(collectionOf(a.doc, 'rows').size).toBe(3)
    expect(await rows(a, id)).toHaveLength(3)
    expect(await a.db.overviews.get(id)).toBeDefined()
  })
})
