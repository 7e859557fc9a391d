/**
 * Restoring a backup ("Gendan sikkerhedskopi", label per ui.md): the dialog's words, loaded
 * with it. The button's label is in ./backup-button, the reminder's words in
 * ./backup-reminder and the Lagring panel's in ./storage-panel.
 */
import type { BackupReadError, RecordCounts } from '../io/backup'
import { countOf as count, formatCount } from './number'
import { columnErrors } from './columns'

const overviewCount = (n: number) => count(n, 'oversigt', 'oversigter')
const initiativeCount = (n: number) => count(n, 'indsats', 'indsatser')
const statusCount = (n: number) => count(n, 'statusopdatering', 'statusopdateringer')
const versionCount = (n: number) => count(n, 'version til møde', 'versioner til møder')
/** "a", "a og b", "a, b og c". */
const listed = (parts: string[]) => (parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}`)
/** Status entries and versions are only mentioned when there are any. */
const extras = (statusLogs: number, snapshots: number) => [...(statusLogs ? [statusCount(statusLogs)] : []), ...(snapshots ? [versionCount(snapshots)] : [])]
/** Every kind with a count above nought, each named with its own noun: never "rækker" for overviews and indsatser together. */
const counted = (counts: Partial<RecordCounts>) =>
  listed([
    ...(counts.overviews ? [overviewCount(counts.overviews)] : []),
    ...(counts.initiatives ? [initiativeCount(counts.initiatives)] : []),
    ...extras(counts.statusLogs ?? 0, counts.snapshots ?? 0),
  ])
const total = (counts: Partial<RecordCounts>) => Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0)

export const backupText = {
  restore: 'Gendan sikkerhedskopi',
  chooseFile: 'Vælg sikkerhedskopi',
  chooseFileHint: 'Den .json-fil, der blev hentet med Eksportér → Sikkerhedskopi (JSON).',
  reading: 'Læser filen …',
  summaryHeading: 'Det indeholder sikkerhedskopien',
  madeAt: (when: string) => `Lavet ${when}.`,
  overviews: (n: number) => `${overviewCount(n)}${n ? ':' : '.'}`,
  initiatives: (n: number) => `${initiativeCount(n)}.`,
  statusLogs: (n: number) => `${statusCount(n)}.`,
  snapshots: (n: number) => `${versionCount(n)}.`,
  moreOverviews: (n: number) => `… og ${overviewCount(n)} mere.`,
  modeLegend: 'Hvordan skal den gendannes?',
  replace: 'Erstat alt',
  replaceHint: 'Alt i denne browser erstattes af sikkerhedskopien. Først hentes automatisk en sikkerhedskopi af de nuværende data, så de kan gendannes igen.',
  /** When the browser holds nothing but the example, as it was given: there is nothing of the user's to keep a copy of. */
  replaceExampleHint: 'Eksemplet i denne browser erstattes af sikkerhedskopien. Der er ikke ændret noget i eksemplet, så der hentes ingen sikkerhedskopi af det først.',
  exampleReplaced: 'Eksemplet er fjernet.',
  merge: 'Flet ind',
  mergeHint:
    'Oversigter og indsatser, der ikke findes her, tilføjes. Findes en oversigt eller indsats begge steder, beholdes den senest ændrede udgave. Statusopdateringer og versioner til møder, der mangler her, tilføjes.',
  confirm: 'Gendan',
  safetyCopy: 'Henter en sikkerhedskopi af de nuværende data …',
  working: 'Gendanner …',
  restored: (overviews: number, initiatives: number, statusLogs = 0, snapshots = 0) =>
    `Gendannet: ${listed([overviewCount(overviews), initiativeCount(initiatives), ...extras(statusLogs, snapshots)])}.`,
  /** What a merge did, e.g. "1 oversigt og 5 indsatser var nye; 2 indsatser blev opdateret." */
  merged: (added: RecordCounts, updated: Pick<RecordCounts, 'overviews' | 'initiatives'>) => {
    if (total(added) + total(updated) === 0) return 'Alt i sikkerhedskopien fandtes allerede her, så intet er ændret.'
    // "1 oversigt var ny", but "1 oversigt og 5 indsatser var nye": the adjective follows the whole list.
    const one = total(added) === 1
    const parts = [...(total(added) ? [`${counted(added)} ${one ? 'var ny' : 'var nye'}`] : []), ...(total(updated) ? [`${counted(updated)} blev opdateret`] : [])]
    return `${parts.join('; ')}.`
  },
  safetyCopyTaken: (fileName: string) => `Sikkerhedskopien af de tidligere data er hentet som "${fileName}".`,
  conflictsHeading: 'Fandtes begge steder',
  conflict: (kind: 'overview' | 'initiative', title: string, kept: 'backup' | 'local') =>
    `${kind === 'overview' ? 'Oversigten' : 'Indsatsen'} '${title}' fandtes begge steder — den nyeste (${kept === 'backup' ? 'fra sikkerhedskopien' : 'fra denne browser'}) er beholdt.`,
  moreConflicts: (n: number) => `… og ${formatCount(n)} mere.`,
  safetyCopyFailed: 'Sikkerhedskopien af de nuværende data kunne ikke laves, så intet er gendannet. Intet er ændret.',
  unreadable: 'Filen kunne ikke læses. Intet er ændret.',
  close: 'Luk',
  technicalDetail: 'Teknisk detalje',
  safetyFileName: (date: string) => `Indsatsoverblik sikkerhedskopi før gendannelse ${date}.json`,
} as const

/** One sentence per reason a file cannot be restored; each ends by saying nothing changed. */
export const backupReadErrors: Record<BackupReadError, string> = {
  'not-json': 'Filen er ikke en sikkerhedskopi fra Indsatsoverblik (den kan ikke læses som JSON). Intet er ændret.',
  'not-a-backup': 'Filen er ikke en sikkerhedskopi fra Indsatsoverblik. Intet er ændret.',
  'newer-version':
    'Sikkerhedskopien er lavet med en nyere version af Indsatsoverblik og kan ikke læses af denne version — opdatér siden eller brug den nyere version. Intet er ændret.',
  invalid: 'Sikkerhedskopien er beskadiget eller ufuldstændig og kan ikke gendannes. Intet er ændret.',
  'too-large': 'Filen er for stor til at være en sikkerhedskopi fra Indsatsoverblik. Intet er ændret.',
  'unknown-column-type': columnErrors['unknown-column-type'],
}
