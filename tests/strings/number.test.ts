/** Counts in Danish format ("10.000 indsatser") in every sentence that shows one. */
import { describe, expect, it } from 'vitest'
import { countOf, formatCount } from '../../src/strings/number'
import { dashboardText, exportText, importButtonText, meetingsText, t } from '../../src/strings'
import { backupText } from '../../src/strings/backup'
import { importDialogText } from '../../src/strings/import-dialog'

describe('formatCount', () => {
  it.each<[number, string]>([
    [0, '0'],
    [1, '1'],
    [999, '999'],
    [1000, '1.000'],
    [3334, '3.334'],
    [10_000, '10.000'],
    [100_000, '100.000'],
    [1_234_567, '1.234.567'],
    [-5000, '-5.000'],
  ])('%d → %s', (n, expected) => {
    expect(formatCount(n)).toBe(expected)
  })
})

describe('countOf', () => {
  it.each<[number, string]>([
    [0, '0 indsatser'],
    [1, '1 indsats'],
    [2, '2 indsatser'],
    [10_000, '10.000 indsatser'],
  ])('%d → %s', (n, expected) => {
    expect(countOf(n, 'indsats', 'indsatser')).toBe(expected)
  })
})

describe('every count the user reads', () => {
  it.each<[string, string, string]>([
    ['the summary line', t.summary(10_000, 3334, 1), '10.000 indsatser · 3.334 vist · 1 overskreden'],
    ['the summary line, small', t.summary(1, 1, 0), '1 indsats · 1 vist · 0 overskredne'],
    ['a group heading', t.groupCount(2500), '2.500 indsatser'],
    ['a Kategori toggle', t.categoryCount(3334), '(3.334)'],
    ['export: the view', exportText.scopeView(1234), 'Den aktuelle visning (1.234 indsatser) — med filtre, sortering og valgte kolonner'],
    ['export: the whole overview', exportText.scopeAll(10_000), 'Hele oversigten (10.000 indsatser)'],
    ['import: done', importButtonText.done(5019), '5.019 indsatser er importeret.'],
    ['import dialog: the commit button', importDialogText.commit(10_000), 'Importér 10.000 indsatser'],
    ['import dialog: the preview summary', importDialogText.summary(10_000, 1200), '10.000 rækker fundet. 1.200 rækker skal rettes eller udelades.'],
    ['import dialog: rows left out of the preview', importDialogText.more(9800), '… og 9.800 rækker mere, som også kommer med i importen.'],
    ['import dialog: the attention filter', importDialogText.onlyAttention(1200), 'Vis kun rækker, der skal rettes (1.200)'],
    ['import dialog: a long paste', importDialogText.longPaste(12_000), 'Den indsatte tekst har 12.000 linjer. Den er læst, men vises ikke her — se rækkerne nedenfor.'],
    ['restore: what the file holds', backupText.initiatives(10_000), '10.000 indsatser.'],
    ['restore: done', backupText.restored(2, 10_000, 1500), 'Gendannet: 2 oversigter, 10.000 indsatser og 1.500 statusopdateringer.'],
    ['restore: merged', backupText.merged({ overviews: 2, initiatives: 1200, statusLogs: 0, snapshots: 0 }, { overviews: 0, initiatives: 3000 }), '2 oversigter og 1.200 indsatser var nye; 3.000 indsatser blev opdateret.'],
    ['restore: more conflicts', backupText.moreConflicts(1001), '… og 1.001 mere.'],
    ['the overviews list and versions', meetingsText.rowsCount(10_000), '10.000 indsatser'],
    ['changes since a meeting', meetingsText.changeSummary(1000, 2, 1500), '1.500 ændrede · 1.000 tilføjede · 2 fjernede'],
    ['the dashboard', dashboardText.showAll(10_000), 'Vis alle 10.000 indsatser'],
    ['the dashboard, overdue per area', dashboardText.showAreaOverdue(1200, 'Tilsyn'), 'Vis 1.200 overskredne indsatser i Tilsyn'],
  ])('%s', (_, actual, expected) => {
    expect(actual).toBe(expected)
  })
})
