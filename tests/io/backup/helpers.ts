/**
 * A small valid data set and its backup file (version 2): two overviews (the Bilag 1 rows in
 * the first, one row in the second), dated status entries on some rows, and a version of each
 * overview saved for an earlier meeting. Also a version 1 file, written out by hand the way the
 * app wrote it before status logs and versions existed.
 */
import { toBackupJson } from '../../../src/io/export/backup'
import type { Initiative, Overview, Snapshot, StatusEntry } from '../../../src/domain/model'
import { bilagRows, overview } from '../export/fixture'

export const EXPORTED_AT = '2021-01-20T09:30:00.000Z'
export const second: Overview = { ...overview, id: 'ov-0', title: 'Andet bilag', createdAt: '2020-12-01T08:00:00.000Z' }
export const overviews: Overview[] = [overview, second]
export const initiatives: Initiative[] = [
  ...bilagRows.map((r) => r.initiative),
  { ...bilagRows[0]!.initiative, id: 'in-second', overviewId: second.id, order: 1 },
]

const entry = (id: string, initiativeId: string, date: string, text: string, author = '', overviewId = overview.id): StatusEntry => ({
  id,
  initiativeId,
  overviewId,
  date,
  text,
  author,
  createdAt: `${date}T13:15:00.000Z`,
})

/** Several entries on some rows, one with no author, one on the second overview. */
export const statusLogs: StatusEntry[] = [
  entry('st-1', 'in-0', '2020-12-14', 'Miniguiden er sendt i høring hos Københavns Forældreorganisation.', 'Søren Ærø'),
  entry('st-2', 'in-0', '2021-01-11', 'Høringssvar modtaget; guiden justeres og forventes færdig i april.', 'Søren Ærø'),
  entry('st-3', 'in-0', '2021-01-19', 'Dialogprocessen er lagt om til digitale møder pga. corona-restriktionerne.'),
  entry('st-4', 'in-3', '2021-01-05', 'Procedure aftalt med områdecheferne – punktet er fast på dagsordenen.', 'Åse "Bøje" Østergaard'),
  entry('st-5', 'in-3', '2021-01-18', 'Første referater er modtaget.', 'BUF, Center for Dagtilbud'),
  entry('st-6', 'in-7', '2021-01-15', 'Afventer budgetforhandlingerne i august.'),
  entry('st-7', 'in-second', '2020-12-15', 'Udsat til næste møde efter ønske fra udvalget.', 'Jura', second.id),
]

/** The overview as it stood before a meeting: fewer rows, older statuses, the entries written by then. */
function versionOf(id: string, source: Overview, label: string, meetingDate: string, createdAt: string, rows: Initiative[]): Snapshot {
  const ids = new Set(rows.map((r) => r.id))
  return {
    id,
    overviewId: source.id,
    label,
    meetingDate,
    createdAt,
    overview: { ...source, meetingDate, updatedAt: createdAt },
    initiatives: rows.map((r) => ({ ...r, status: 'not-started', revision: 0, updatedAt: r.createdAt })),
    statusLogs: statusLogs.filter((e) => ids.has(e.initiativeId) && e.createdAt < createdAt),
  }
}

export const snapshots: Snapshot[] = [
  versionOf('snap-1', overview, 'Møde 20. januar 2021', '2021-01-20', '2021-01-18T15:00:00.000Z', initiatives.slice(0, 8)),
  versionOf('snap-0', second, 'Møde 16. december 2020', '2020-12-16', '2020-12-16T07:45:00.000Z', initiatives.slice(-1)),
]

export const records = () => ({ overviews, initiatives, statusLogs, snapshots })

export const validJson = () => toBackupJson({ ...records(), exportedAt: EXPORTED_AT })

type RawRecord = Record<string, unknown>
export type RawFile = RawRecord & { overviews: RawRecord[]; initiatives: RawRecord[]; statusLogs: RawRecord[]; snapshots: (RawRecord & { initiatives: RawRecord[]; statusLogs: RawRecord[]; overview: RawRecord })[] }
export const validFile = () => JSON.parse(validJson()) as RawFile

/**
 * A backup file as version 1 of the app wrote it (no statusLogs, no snapshots), by hand
 * rather than from today's writer, so the test keeps meaning "a file a user has on disk".
 */
export const VERSION_1_JSON = `{
  "format": "indsatsoverblik-backup",
  "version": 1,
  "exportedAt": "2021-01-20T09:30:00.000Z",
  "overviews": [
    {
      "id": "ov-v1",
      "title": "Bilag 1 – overblik over indsatser",
      "committee": "Børne- og Ungdomsudvalget",
      "caseNumber": "2020-0781234",
      "meetingDate": "2021-01-20",
      "legend": {
        "A": "Indsatser, som allerede er implementeret.",
        "B": "Indsatser der kan implementeres med godkendelse af denne sag",
        "C": "Indsatser hvor de konkrete løsninger kræver politisk drøftelse"
      },
      "createdAt": "2021-01-18T08:00:00.000Z",
      "updatedAt": "2021-01-19T08:00:00.000Z"
    }
  ],
  "initiatives": [
    {
      "id": "v1-a",
      "overviewId": "ov-v1",
      "area": "Tilsyn, forældreinddragelse og børn med særlige behov",
      "category": "A",
      "title": "Systematisk inddragelse af forældreråd ved tilsyn",
      "method": "Forvaltningen udarbejder en miniguide i samarbejde med KFO.",
      "deadlineText": "April/maj 2021",
      "status": "in-progress",
      "owner": "Søren Ærø",
      "notes": "",
      "order": 0,
      "createdAt": "2021-01-18T08:00:00.000Z",
      "updatedAt": "2021-01-18T08:00:00.000Z",
      "revision": 2
    },
    {
      "id": "v1-b",
      "overviewId": "ov-v1",
      "area": "Central understøttelse",
      "category": "C",
      "title": "Notatet udarbejdes forud for overførelsessagen",
      "method": "",
      "deadlineText": "Forud for overførselssagen",
      "fixedDeadline": "2021-04-15",
      "status": "not-started",
      "owner": "Åse \\"Bøje\\" Østergaard",
      "notes": "Aftalt på mødet 20/1.",
      "order": 1,
      "createdAt": "2021-01-18T08:00:00.000Z",
      "updatedAt": "2021-01-19T10:12:00.000Z",
      "revision": 0
    }
  ]
}
`
