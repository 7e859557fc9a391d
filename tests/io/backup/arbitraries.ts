/**
 * fast-check generators for valid records (src/domain/model.ts): any Unicode in the free
 * text fields (lone surrogates included), real dates, finite orders; status entries in Danish
 * (now and then any Unicode), several per indsats; versions for meetings that hold a copy of
 * their overview, its rows and their status entries as they stood when the version was saved.
 * Every data set satisfies the backup's rules: unique ids, every indsats in an overview of the
 * set, every status entry on an indsats of the same overview, every version on an overview.
 */
import fc from 'fast-check'
import { CATEGORIES, STATUSES, type Initiative, type Overview, type Snapshot, type StatusEntry } from '../../../src/domain/model'

/** How many cases each fuzz property runs: FUZZ_RUNS in CI, 1,000 by default. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) || 1000

export interface DataSet {
  overviews: Overview[]
  initiatives: Initiative[]
  statusLogs: StatusEntry[]
  snapshots: Snapshot[]
}

const text = (maxLength: number) => fc.string({ unit: 'binary', maxLength })
/** Titles, status texts and labels are trimmed and required by the schema. */
const trimmed = (maxLength: number) => fc.string({ unit: 'binary', minLength: 1, maxLength }).map((s) => s.trim() || 'x')
const title = trimmed(40)
const MIN = Date.parse('2000-01-01T00:00:00Z')
const MAX = Date.parse('2099-12-31T23:59:59Z')
const timestamp = fc.date({ min: new Date(MIN), max: new Date(MAX), noInvalidDate: true }).map((d) => d.toISOString())
const isoDate = timestamp.map((t) => t.slice(0, 10))
const DAY = 86_400_000

const PHRASES = [
  'Arbejdet er gået i gang',
  'Afventer svar fra forvaltningen',
  'Miniguiden er sendt i høring hos KFO',
  'Forsinket på grund af corona-restriktionerne',
  'Drøftet på dialogmøde med forældrebestyrelserne',
  'Proceduren er godkendt af direktionen',
  'Budgetønsket er indarbejdet i budget 2022',
  'Implementeret i alle fem områder',
  'Udsat til efter sommerferien efter ønske fra udvalget',
  'Evalueringen er påbegyndt; rapporten forventes ultimo marts',
  'Områdecheferne har fået en fast dagsorden',
  'Status: 12 af 14 institutioner har modtaget tilsyn',
]
const AUTHORS = ['Søren Ærø', 'Åse "Bøje" Østergaard', 'BUF, Center for Dagtilbud', 'Jura', 'Mette Ørskov Hansen']

const statusText = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...PHRASES), { minLength: 1, maxLength: 3 }).map((parts) => `${parts.join('. ')}.`) },
  { weight: 1, arbitrary: trimmed(60) },
)
/** The author is optional in the form: '' when left out. */
const author = fc.oneof({ weight: 2, arbitrary: fc.constant('') }, { weight: 3, arbitrary: fc.constantFrom(...AUTHORS) }, { weight: 1, arbitrary: text(30) })

export const overviewArb = (id: string): fc.Arbitrary<Overview> =>
  fc.record({
    id: fc.constant(id),
    title,
    committee: text(30),
    caseNumber: text(20),
    meetingDate: fc.oneof(fc.constant(''), isoDate),
    legend: fc.record({ A: text(30), B: text(30), C: text(30) }),
    columns: fc.constant([]),
    createdAt: timestamp,
    updatedAt: timestamp,
  })

export const initiativeArb = (id: string, overviewIds: readonly string[]): fc.Arbitrary<Initiative> =>
  fc.record(
    {
      id: fc.constant(id),
      overviewId: fc.constantFrom(...overviewIds),
      area: text(30),
      category: fc.constantFrom(...CATEGORIES, null),
      title,
      method: text(40),
      deadlineText: text(25),
      fixedDeadline: isoDate,
      deadlineReference: isoDate,
      status: fc.constantFrom(...STATUSES),
      owner: text(15),
      notes: text(20),
      order: fc.oneof(fc.nat(100_000), fc.double({ noNaN: true, noDefaultInfinity: true })),
      createdAt: timestamp,
      updatedAt: timestamp,
      revision: fc.nat(1_000),
    },
    { requiredKeys: ['id', 'overviewId', 'area', 'category', 'title', 'method', 'deadlineText', 'status', 'owner', 'notes', 'order', 'createdAt', 'updatedAt', 'revision'] },
  )

/** The parts of a status entry that are not its ids: a date, Danish text, maybe an author, written on the day or up to a month later. */
const statusFields = fc.record({ date: isoDate, text: statusText, author, delay: fc.nat(30 * DAY) })

export function statusEntry(id: string, row: Pick<Initiative, 'id' | 'overviewId'>, fields: { date: string; text: string; author: string; delay: number }): StatusEntry {
  return {
    id,
    initiativeId: row.id,
    overviewId: row.overviewId,
    date: fields.date,
    text: fields.text,
    author: fields.author,
    createdAt: new Date(Date.parse(`${fields.date}T00:00:00Z`) + fields.delay).toISOString(),
  }
}

export const statusEntryArb = (id: string, row: Pick<Initiative, 'id' | 'overviewId'>): fc.Arbitrary<StatusEntry> => statusFields.map((f) => statusEntry(id, row, f))

/** What is chosen for one saved version; the rest follows from the overview it copies. */
const versionSpec = fc.record({
  label: fc.oneof({ weight: 3, arbitrary: isoDate.map((d) => `Møde ${d}`) }, { weight: 1, arbitrary: trimmed(50) }),
  meetingDate: fc.oneof(fc.constant(''), isoDate),
  createdAt: timestamp,
  /** Statuses the rows had then, used in turn. */
  statuses: fc.array(fc.constantFrom(...STATUSES), { minLength: 1, maxLength: 5 }),
  /** A row that was in the overview then and has been deleted since. */
  deleted: fc.option(fc.record({ title, status: fc.constantFrom(...STATUSES), fields: statusFields }), { nil: undefined }),
})

type VersionSpec = typeof versionSpec extends fc.Arbitrary<infer T> ? T : never

const earlier = (a: string, b: string) => (a < b ? a : b)

/**
 * A version of `overview` saved at `spec.createdAt`: its header then, the rows created by then
 * with their status and revision of then, and the status entries written by then.
 */
export function versionOf(
  id: string,
  overview: Overview,
  rows: readonly Initiative[],
  logs: readonly StatusEntry[],
  spec: VersionSpec,
): Snapshot {
  const createdAt = overview.createdAt > spec.createdAt ? overview.createdAt : spec.createdAt
  const then = rows.filter((r) => r.createdAt <= createdAt)
  const copies: Initiative[] = then.map((r, index) => ({
    ...r,
    status: spec.statuses[index % spec.statuses.length]!,
    revision: Math.floor(r.revision / 2),
    updatedAt: earlier(r.updatedAt, createdAt),
  }))
  const ids = new Set(then.map((r) => r.id))
  const entries = logs.filter((e) => ids.has(e.initiativeId) && e.createdAt <= createdAt)
  if (spec.deleted) {
    const gone: Initiative = {
      id: `${id}-deleted`,
      overviewId: overview.id,
      area: '',
      category: 'B',
      title: spec.deleted.title,
      method: '',
      deadlineText: 'Medio 2021',
      status: spec.deleted.status,
      owner: '',
      notes: '',
      order: copies.length,
      createdAt: overview.createdAt,
      updatedAt: createdAt,
      revision: 0,
    }
    copies.push(gone)
    entries.push(statusEntry(`${id}-deleted-status`, gone, spec.deleted.fields))
  }
  return {
    id,
    overviewId: overview.id,
    label: spec.label,
    meetingDate: spec.meetingDate,
    createdAt,
    overview: { ...overview, meetingDate: spec.meetingDate, updatedAt: earlier(overview.updatedAt, createdAt) },
    initiatives: copies,
    statusLogs: entries,
  }
}

export interface DataSetOptions {
  maxOverviews?: number
  /** Status entries per indsats: 0 to this many. */
  maxStatus?: number
  /** Versions per overview: 0 to this many. */
  maxVersions?: number
}

/**
 * `rows` indsatser spread over 1–`maxOverviews` overviews, 0–`maxStatus` status entries on each
 * and 0–`maxVersions` saved versions of each overview; ids unique, every reference resolvable.
 */
export function dataSetArb(rows: number, { maxOverviews = 5, maxStatus = 4, maxVersions = 2 }: DataSetOptions = {}): fc.Arbitrary<DataSet> {
  return fc.integer({ min: 1, max: maxOverviews }).chain((n) => {
    const overviewIds = Array.from({ length: n }, (_, i) => `ov-${i}`)
    return fc
      .record({
        overviews: fc.tuple(...overviewIds.map(overviewArb)),
        initiatives: fc.tuple(...Array.from({ length: rows }, (_, i) => initiativeArb(`in-${i}`, overviewIds))),
      })
      .chain(({ overviews, initiatives }) =>
        fc
          .record({
            logs: fc.tuple(...initiatives.map(() => fc.array(statusFields, { maxLength: maxStatus }))),
            versions: fc.tuple(...overviews.map(() => fc.array(versionSpec, { maxLength: maxVersions }))),
          })
          .map(({ logs, versions }) => {
            const statusLogs = initiatives.flatMap((row, i) => logs[i]!.map((fields, k) => statusEntry(`st-${i}-${k}`, row, fields)))
            const snapshots = overviews.flatMap((overview, o) => {
              const own = initiatives.filter((r) => r.overviewId === overview.id)
              const ownLogs = statusLogs.filter((e) => e.overviewId === overview.id)
              return versions[o]!.map((spec, k) => versionOf(`snap-${o}-${k}`, overview, own, ownLogs, spec))
            })
            return { overviews: [...overviews], initiatives: [...initiatives], statusLogs, snapshots }
          }),
      )
  })
}
