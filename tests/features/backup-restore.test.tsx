// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { RestoreDialog } from '../../src/features/backup/RestoreDialog'
import type { RestorePort } from '../../src/features/backup/port'
import type { BackupRecords, RestoreReceipt } from '../../src/io/backup'
import { toBackupJson } from '../../src/io/export/backup'
import { backupText } from '../../src/strings/backup'
import { EXPORTED_AT, initiatives, overviews, snapshots, statusLogs, validFile, validJson, VERSION_1_JSON } from '../io/backup/helpers'

/** What restoreBackup reports for `records`: their counts, and what a merge did. */
const receipt = (records: BackupRecords, patch: Partial<RestoreReceipt> = {}): RestoreReceipt => ({
  mode: 'merge',
  overviews: records.overviews.length,
  initiatives: records.initiatives.length,
  statusLogs: records.statusLogs.length,
  snapshots: records.snapshots.length,
  added: { overviews: 0, initiatives: 1, statusLogs: 0, snapshots: 0 },
  updated: { overviews: 0, initiatives: 1 },
  unchanged: 18,
  conflicts: [],
  ...patch,
})

function port(patch: Partial<RestorePort> = {}): RestorePort {
  return {
    readEverything: vi.fn(async () => ({ overviews: [overviews[0]!], initiatives: initiatives.slice(0, 2), statusLogs: statusLogs.slice(0, 2), snapshots: [] })),
    markBackupTaken: vi.fn(async () => {}),
    restoreBackup: vi.fn(async (records, mode) => ({ ok: true as const, value: receipt(records, { mode }) })),
    onlyUntouchedExample: vi.fn(async () => null),
    ...patch,
  }
}

let clicked: string[] = []
beforeEach(() => {
  clicked = []
  URL.createObjectURL = vi.fn(() => 'blob:backup')
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this.download)
  })
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

/** The text of the file handed to the browser's download. */
const safetyCopyText = () => (vi.mocked(URL.createObjectURL).mock.calls[0]![0] as Blob).text()

const dialog = () => screen.getByRole('dialog', { name: 'Gendan sikkerhedskopi' })
async function chooseFile(text: string, name = 'kopi.json') {
  fireEvent.change(within(dialog()).getByLabelText('Vælg sikkerhedskopi'), { target: { files: [new File([text], name, { type: 'application/json' })] } })
}

describe('Gendan sikkerhedskopi', () => {
  it('summarises the file, status entries and versions included, then merges and lists the conflicts', async () => {
    const conflicts = [{ kind: 'initiative' as const, id: 'in-1', title: 'Ny HR-Enhed', kept: 'backup' as const }, { kind: 'initiative' as const, id: 'in-2', title: 'Tilsyn', kept: 'local' as const }]
    const added = { overviews: 0, initiatives: 1, statusLogs: 3, snapshots: 1 }
    const p = port({ restoreBackup: vi.fn(async (records) => ({ ok: true as const, value: receipt(records, { conflicts, added }) })) })
    render(<RestoreDialog port={p} onClose={() => {}} />)
    await chooseFile(validJson())
    await waitFor(() => expect(within(dialog()).getByText('2 oversigter:')).toBeTruthy())
    expect(within(dialog()).getByText('Bilag 1 – overblik over indsatser')).toBeTruthy()
    expect(within(dialog()).getByText('Andet bilag')).toBeTruthy()
    expect(within(dialog()).getByText(`${initiatives.length} indsatser.`)).toBeTruthy()
    expect(within(dialog()).getByText(`${statusLogs.length} statusopdateringer.`)).toBeTruthy()
    expect(within(dialog()).getByText('2 versioner til møder.')).toBeTruthy()
    expect(within(dialog()).getByText(/^Lavet 20\. januar 2021 kl\. \d\d\.30\.$/)).toBeTruthy()
    // Flet ind is the default: it never removes anything.
    expect((within(dialog()).getByLabelText('Flet ind') as HTMLInputElement).checked).toBe(true)
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Gendan' }))
    await waitFor(() =>
      expect(within(dialog()).getByText(`Gendannet: 2 oversigter, ${initiatives.length} indsatser, ${statusLogs.length} statusopdateringer og 2 versioner til møder.`)).toBeTruthy(),
    )
    expect(p.restoreBackup).toHaveBeenCalledWith(expect.objectContaining({ overviews: expect.any(Array), statusLogs: expect.any(Array), snapshots: expect.any(Array) }), 'merge')
    const [records] = vi.mocked(p.restoreBackup).mock.calls[0]!
    expect(records.statusLogs).toHaveLength(statusLogs.length)
    expect(records.snapshots.map((v) => v.label).sort()).toEqual(snapshots.map((v) => v.label).sort())
    // Each kind named with its own noun: nothing called "rækker".
    expect(within(dialog()).getByText('1 indsats, 3 statusopdateringer og 1 version til møde var nye; 1 indsats blev opdateret.')).toBeTruthy()
    expect(within(dialog()).getByText("Indsatsen 'Ny HR-Enhed' fandtes begge steder — den nyeste (fra sikkerhedskopien) er beholdt.")).toBeTruthy()
    expect(within(dialog()).getByText("Indsatsen 'Tilsyn' fandtes begge steder — den nyeste (fra denne browser) er beholdt.")).toBeTruthy()
    expect(clicked).toEqual([])
    // Keyboard users land on the result.
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^Gendannet:/))
  })

  it('reads a version 1 file: no status entries or versions mentioned', async () => {
    const p = port()
    render(<RestoreDialog port={p} onClose={() => {}} />)
    await chooseFile(VERSION_1_JSON, 'gammel kopi.json')
    await waitFor(() => expect(within(dialog()).getByText('1 oversigt:')).toBeTruthy())
    const summary = dialog().querySelector('.backup-summary')!.textContent ?? ''
    expect(summary).toContain('2 indsatser.')
    expect(summary).not.toMatch(/statusopdatering|version/)
    fireEvent.click(within(dialog()).getByLabelText('Erstat alt'))
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Gendan' }))
    await waitFor(() => expect(within(dialog()).getByText('Gendannet: 1 oversigt og 2 indsatser.')).toBeTruthy())
    expect(vi.mocked(p.restoreBackup).mock.calls[0]![0]).toMatchObject({ statusLogs: [], snapshots: [] })
    // The safety copy taken first holds this browser's status entries.
    expect(clicked).toHaveLength(1)
    expect(JSON.parse(await safetyCopyText()).statusLogs).toHaveLength(2)
  })

  it('downloads a safety copy before Erstat alt', async () => {
    const order: string[] = []
    const p = port({
      markBackupTaken: vi.fn(async () => void order.push('marked')),
      restoreBackup: vi.fn(async (records, mode) => (order.push(`restore:${mode}`), { ok: true as const, value: receipt(records, { mode }) })),
    })
    render(<RestoreDialog port={p} onClose={() => {}} />)
    await chooseFile(validJson())
    fireEvent.click(await within(dialog()).findByLabelText('Erstat alt'))
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Gendan' }))
    await waitFor(() => expect(within(dialog()).getByText(/^Gendannet:/)).toBeTruthy())
    expect(clicked).toHaveLength(1)
    expect(clicked[0]).toMatch(/^Indsatsoverblik sikkerhedskopi før gendannelse \d{4}-\d\d-\d\d\.json$/)
    expect(order).toEqual(['marked', 'restore:replace'])
    expect(within(dialog()).getByText(`Sikkerhedskopien af de tidligere data er hentet som "${clicked[0]}".`)).toBeTruthy()
    // The safety copy is a version 2 file with this browser's status entries in it.
    const safety = JSON.parse(await safetyCopyText())
    expect(safety).toMatchObject({ version: 3, snapshots: [] })
    expect(safety.statusLogs.map((e: { id: string }) => e.id)).toEqual(['st-1', 'st-2'])
  })

  it('chooses Erstat alt beforehand when the browser holds only the untouched example, replaces it without a safety copy, and names the restored overviews', async () => {
    const p = port({ onlyUntouchedExample: vi.fn(async () => 'eksemplet') })
    const onRestored = vi.fn()
    render(<RestoreDialog port={p} onClose={() => {}} onRestored={onRestored} />)
    // "Andet bilag" was changed last: it is the one to open afterwards.
    const file = validFile()
    file.overviews.find((o) => o.id === 'ov-0')!.updatedAt = '2021-01-25T10:00:00.000Z'
    await chooseFile(JSON.stringify(file))
    const replace = (await within(dialog()).findByLabelText('Erstat alt')) as HTMLInputElement
    await waitFor(() => expect(replace.checked).toBe(true))
    expect(within(dialog()).getByText(backupText.replaceExampleHint)).toBeTruthy()
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Gendan' }))
    await waitFor(() => expect(within(dialog()).getByText('Gendannet: 2 oversigter, 20 indsatser, 7 statusopdateringer og 2 versioner til møder.')).toBeTruthy())
    expect(within(dialog()).getByText('Eksemplet er fjernet.')).toBeTruthy()
    expect(p.restoreBackup).toHaveBeenCalledTimes(1)
    expect(vi.mocked(p.restoreBackup).mock.calls[0]!.slice(1)).toEqual(['replace', 'only-untouched-example'])
    expect(clicked).toEqual([])
    expect(onRestored).toHaveBeenCalledWith(['ov-0', 'ov-1'])
  })

  it('takes the safety copy after all when the browser changed since the dialog opened', async () => {
    const restoreBackup = vi.fn<RestorePort['restoreBackup']>(async (records, mode, guard) =>
      guard ? { ok: false as const, code: 'changed' as const } : { ok: true as const, value: receipt(records, { mode }) },
    )
    const p = port({ onlyUntouchedExample: vi.fn(async () => 'eksemplet'), restoreBackup })
    render(<RestoreDialog port={p} onClose={() => {}} />)
    await chooseFile(validJson())
    const replace = (await within(dialog()).findByLabelText('Erstat alt')) as HTMLInputElement
    await waitFor(() => expect(replace.checked).toBe(true))
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Gendan' }))
    await waitFor(() => expect(within(dialog()).getByText(/^Gendannet:/)).toBeTruthy())
    expect(restoreBackup.mock.calls.map((call) => call.slice(1))).toEqual([['replace', 'only-untouched-example'], ['replace']])
    expect(clicked).toHaveLength(1)
    expect(within(dialog()).getByText(`Sikkerhedskopien af de tidligere data er hentet som "${clicked[0]}".`)).toBeTruthy()
    expect(within(dialog()).queryByText('Eksemplet er fjernet.')).toBeNull()
  })

  it('does not replace anything when the safety copy cannot be made', async () => {
    const p = port({ readEverything: vi.fn(async () => Promise.reject(new Error('closed'))) })
    render(<RestoreDialog port={p} onClose={() => {}} />)
    await chooseFile(validJson())
    fireEvent.click(await within(dialog()).findByLabelText('Erstat alt'))
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Gendan' }))
    await waitFor(() => expect(within(dialog()).getByRole('alert').textContent).toMatch(/kunne ikke laves, så intet er gendannet/))
    expect(p.restoreBackup).not.toHaveBeenCalled()
  })

  it('gives one sentence for a bad file and offers nothing to confirm', async () => {
    const p = port()
    render(<RestoreDialog port={p} onClose={() => {}} />)
    for (const version of ['4', '99']) {
      await chooseFile(validJson().replace('"version": 3', `"version": ${version}`))
      await waitFor(() => expect(within(dialog()).getByRole('alert').textContent).toMatch(/^Sikkerhedskopien er lavet med en nyere version af Indsatsoverblik/))
    }
    expect(within(dialog()).queryByRole('button', { name: 'Gendan' })).toBeNull()
    await chooseFile('{"format": "noget andet"}')
    await waitFor(() => expect(within(dialog()).getByRole('alert').textContent).toBe('Filen er ikke en sikkerhedskopi fra Indsatsoverblik. Intet er ændret.'))
    await chooseFile('ikke json')
    await waitFor(() => expect(within(dialog()).getByRole('alert').textContent).toMatch(/kan ikke læses som JSON/))
    const dangling = toBackupJson({ overviews: [overviews[0]!], initiatives: [{ ...initiatives[0]!, overviewId: 'væk' }], statusLogs: [], snapshots: [], exportedAt: EXPORTED_AT })
    await chooseFile(dangling)
    await waitFor(() => expect(within(dialog()).getByRole('alert').textContent).toMatch(/beskadiget eller ufuldstændig.*Teknisk detalje: initiatives\.0\.overviewId/))
    const danglingStatus = toBackupJson({ overviews, initiatives, statusLogs: [{ ...statusLogs[0]!, initiativeId: 'væk' }], snapshots: [], exportedAt: EXPORTED_AT })
    await chooseFile(danglingStatus)
    await waitFor(() => expect(within(dialog()).getByRole('alert').textContent).toMatch(/Teknisk detalje: statusLogs\.0\.initiativeId: no such indsats$/))
    const danglingVersion = toBackupJson({ overviews, initiatives, statusLogs, snapshots: [{ ...snapshots[0]!, overviewId: 'væk' }], exportedAt: EXPORTED_AT })
    await chooseFile(danglingVersion)
    await waitFor(() => expect(within(dialog()).getByRole('alert').textContent).toMatch(/Teknisk detalje: snapshots\.0\.overviewId: no such overview$/))
    expect(p.restoreBackup).not.toHaveBeenCalled()
  })

  it('shows the storage error and keeps the file when the restore fails', async () => {
    const p = port({ restoreBackup: vi.fn(async () => ({ ok: false as const, code: 'quota' as const })) })
    render(<RestoreDialog port={p} onClose={() => {}} />)
    await chooseFile(validJson())
    fireEvent.click(await within(dialog()).findByRole('button', { name: 'Gendan' }))
    await waitFor(() => expect(within(dialog()).getByRole('alert').textContent).toMatch(/^Der er ikke mere plads/))
    expect(within(dialog()).getByRole('button', { name: 'Gendan' })).toBeTruthy()
  })
})

describe('the restore texts', () => {
  it('name status entries and versions only when there are any, in Danish list form', () => {
    expect(backupText.restored(1, 1)).toBe('Gendannet: 1 oversigt og 1 indsats.')
    expect(backupText.restored(2, 20, 1, 0)).toBe('Gendannet: 2 oversigter, 20 indsatser og 1 statusopdatering.')
    expect(backupText.restored(2, 20, 0, 1)).toBe('Gendannet: 2 oversigter, 20 indsatser og 1 version til møde.')
    expect(backupText.restored(2, 20, 12, 2)).toBe('Gendannet: 2 oversigter, 20 indsatser, 12 statusopdateringer og 2 versioner til møder.')
    expect(backupText.statusLogs(12)).toBe('12 statusopdateringer.')
    expect(backupText.snapshots(2)).toBe('2 versioner til møder.')
    expect(backupText.snapshots(1)).toBe('1 version til møde.')
  })

  const counts = (overviews: number, initiatives: number, statusLogs = 0, snapshots = 0) => ({ overviews, initiatives, statusLogs, snapshots })
  const updated = (overviews: number, initiatives: number) => ({ overviews, initiatives })

  it.each([
    [counts(0, 0), updated(0, 0), 'Alt i sikkerhedskopien fandtes allerede her, så intet er ændret.'],
    [counts(1, 5), updated(0, 2), '1 oversigt og 5 indsatser var nye; 2 indsatser blev opdateret.'],
    [counts(1, 0), updated(0, 0), '1 oversigt var ny.'],
    [counts(0, 1), updated(0, 0), '1 indsats var ny.'],
    [counts(0, 2), updated(1, 1), '2 indsatser var nye; 1 oversigt og 1 indsats blev opdateret.'],
    [counts(0, 0), updated(0, 3), '3 indsatser blev opdateret.'],
    [counts(0, 0, 12), updated(0, 0), '12 statusopdateringer var nye.'],
    [counts(0, 0, 0, 1), updated(0, 0), '1 version til møde var ny.'],
    [counts(2, 40, 1, 2), updated(0, 0), '2 oversigter, 40 indsatser, 1 statusopdatering og 2 versioner til møder var nye.'],
  ])('say what a merge did, each kind by its own name: %o %o', (added, changed, sentence) => {
    expect(backupText.merged(added, changed)).toBe(sentence)
    expect(backupText.merged(added, changed)).not.toMatch(/række/)
  })
})
