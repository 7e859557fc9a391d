/**
 * Words of the meeting cycle that the first screen and the shell need: the buttons for
 * overviews and versions, and what the app says after saving, rolling forward or
 * deleting. The dialogs have their own files, loaded with them: ./overviews,
 * ./versions and ./status-log. The "Ændringer siden …" words below are also read by the
 * exports (src/io/export/changes.ts, change-lines.ts), which import this file directly.
 */
import type { ColumnId } from './core'
import { countOf } from './number'

export const meetingsText = {
  saveVersion: 'Gem version til møde',
  versionSaved: (label: string) => `Versionen "${label}" er gemt. Den kan ikke ændres bagefter.`,
  versions: 'Versioner',
  readOnlyNotice: (label: string, saved: string) => `Du ser versionen "${label}", gemt ${saved}. Den kan ikke ændres.`,
  backToLive: 'Tilbage til den aktuelle oversigt',
  noChanges: 'Ingen ændringer siden versionen blev gemt.',
  changeSummary: (added: number, removed: number, changed: number) =>
    `${countOf(changed, 'ændret', 'ændrede')} · ${countOf(added, 'tilføjet', 'tilføjede')} · ${countOf(removed, 'fjernet', 'fjernede')}`,
  kind: { added: 'Tilføjet', removed: 'Fjernet', changed: 'Ændret' },
  field: 'Felt',
  before: 'Før',
  after: 'Efter',
  change: 'Ændring',
  // Overviews
  overviews: 'Oversigter',
  rolledForward: (title: string) => `Oversigten "${title}" er oprettet til næste møde.`,
  overviewDeleted: (title: string) => `Oversigten "${title}" er slettet.`,
  rowsCount: (n: number) => countOf(n, 'indsats', 'indsatser'),
} as const

/**
 * Field names in "Ændringer siden …", on screen and in its exports (src/io/export/change-lines.ts):
 * a built-in column's label (src/strings/core.ts `columnLabels`) unless named otherwise here,
 * an extra column's name — and what became of an extra column since the version was saved.
 */
export const diffFieldLabels: Partial<Record<ColumnId, string>> = {
  category: 'Kategori',
}

export const diffColumnText = {
  renamed: (now: string, then: string) => `${now} (hed ${then})`,
  deleted: (then: string) => `${then} (kolonnen er slettet)`,
}
