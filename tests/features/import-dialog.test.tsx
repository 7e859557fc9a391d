// @vitest-environment jsdom
// The import dialog: paste → preview → corrections → "Importér N indsatser" → Fortryd import.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ImportButton } from '../../src/features/import/ImportButton'
import type { ImportReceipt, ImportStore } from '../../src/features/import/types'
import { storage } from '../../src/storage'
import { storageErrors } from '../../src/strings'
import { importErrorMessages } from '../../src/strings/import-dialog'
import expected from '../fixtures/bilag1.expected.json'

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures')
const seed = readFileSync(resolve(fixtures, 'bilag1.txt'), 'utf8')
const overview = { id: 'open-overview', title: 'Åben oversigt', meetingDate: '2021-01-20' }

afterEach(cleanup)

function fakeStore(failWith?: 'quota') {
  const receipt = (overviewId: string, createdOverview: boolean, count: number): ImportReceipt => ({ overviewId, createdOverview, initiativeIds: Array.from({ length: count }, (_, i) => `r${i}`) })
  return {
    importAsNewOverview: vi.fn<ImportStore['importAsNewOverview']>(async (_header, batch) => ({ ok: true, value: receipt('new-overview', true, batch.rows.length) })),
    importIntoOverview: vi.fn<ImportStore['importIntoOverview']>(async (overviewId, batch) =>
      failWith ? { ok: false, code: failWith } : { ok: true, value: receipt(overviewId, false, batch.rows.length) },
    ),
    undoImport: vi.fn<ImportStore['undoImport']>(async () => ({ ok: true, value: undefined })),
  }
}

async function openDialog(store: ImportStore = fakeStore(), target = overview) {
  const notify = vi.fn()
  const onOpenOverview = vi.fn()
  render(<ImportButton overview={target} today="2021-01-20" store={store} notify={notify} onOpenOverview={onOpenOverview} />)
  fireEvent.click(screen.getByRole('button', { name: 'Importér' }))
  // The dialog is a lazy chunk: its first load can take a while on a busy machine.
  const dialog = await screen.findByRole('dialog', { name: 'Importér' }, { timeout: 10_000 })
  return { dialog: within(dialog), notify, onOpenOverview }
}

function paste(dialog: ReturnType<typeof within>, text: string, html = '') {
  fireEvent.paste(dialog.getByLabelText('Indsæt tabel'), { clipboardData: { getData: (type: string) => (type === 'text/html' ? html : type === 'text/plain' ? text : '') } })
}

const previewRows = (dialog: ReturnType<typeof within>) => within(dialog.getByRole('table', { name: 'Rækker, som importeres' })).getAllByRole('row').slice(1)
const commitButton = (dialog: ReturnType<typeof within>) => dialog.getByRole('button', { name: /^Importér/ })

// jsdom renders the preview slowly on a loaded machine; the default 5 s is too tight for the longer flows.
describe('the import dialog', { timeout: 20_000 }, () => {
  it('previews a pasted Bilag: 19 rows, title, legend, readings, and the count in the button', async () => {
    const { dialog } = await openDialog()
    expect(commitButton(dialog).textContent).toBe('Importér')
    expect((commitButton(dialog) as HTMLButtonElement).disabled).toBe(true)
    paste(dialog, seed)
    expect(previewRows(dialog)).toHaveLength(19)
    expect(dialog.getByText('19 rækker fundet. Ingen skal rettes.')).toBeTruthy()
    expect(dialog.getByText(expected.title)).toBeTruthy()
    expect(dialog.getByText(expected.legend.B)).toBeTruthy()
    expect(commitButton(dialog).textContent).toBe('Importér 19 indsatser')
    expect((commitButton(dialog) as HTMLButtonElement).disabled).toBe(false)
    // The first row as it will be stored, with its reading and the repair note.
    const first = previewRows(dialog)[0]!
    expect(first.textContent).toContain(expected.initiatives[0]!.title)
    expect(first.textContent).toContain('April/maj 2021')
    expect(first.textContent).toContain('april–maj 2021')
    expect(first.textContent).toContain('Ikke påbegyndt')
    expect(first.textContent).toContain('Fortsættelse af rækken ovenfor — flettet')
    expect((dialog.getByLabelText('Titel på ny oversigt') as HTMLInputElement).value).toBe(expected.title)
    expect((dialog.getByLabelText('Ny oversigt') as HTMLInputElement).checked).toBe(true)
  })

  it('excludes and includes a row, keeping focus on it', async () => {
    const { dialog } = await openDialog()
    paste(dialog, seed)
    fireEvent.click(dialog.getByRole('button', { name: 'Udelad række 5' }))
    expect(commitButton(dialog).textContent).toBe('Importér 18 indsatser')
    const include = dialog.getByRole('button', { name: 'Medtag række 5' })
    expect(document.activeElement).toBe(include)
    expect(previewRows(dialog)[4]!.textContent).toContain('Udelades ved importen')
    fireEvent.click(include)
    expect(commitButton(dialog).textContent).toBe('Importér 19 indsatser')
    expect(document.activeElement).toBe(dialog.getByRole('button', { name: 'Udelad række 5' }))
  })

  it('splits a merged row, blocks the import until it is fixed, and merges it back', async () => {
    const { dialog } = await openDialog()
    paste(dialog, seed)
    fireEvent.click(dialog.getByRole('button', { name: 'Del række 1' }))
    expect(previewRows(dialog)).toHaveLength(20)
    // The split-off line has no title: blocking, shown as such. No category blocks nothing (it imports as Uden kategori).
    expect(dialog.getByText('20 rækker fundet. 1 række skal rettes eller udelades.')).toBeTruthy()
    const button = commitButton(dialog) as HTMLButtonElement
    expect(button.textContent).toBe('Importér 20 indsatser')
    expect(button.disabled).toBe(true)
    expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toBe('Række 2 skal rettes eller udelades, før der kan importeres.')
    const second = previewRows(dialog)[1]!
    expect(second.textContent).not.toContain('Skal rettes: Kategori mangler')
    expect(second.textContent).toContain('Skal rettes: Indsats mangler')
    // Focus lands on the piece that was split off, on the button that undoes it.
    const merge = dialog.getByRole('button', { name: 'Flet række 2 med rækken ovenfor' })
    expect(document.activeElement).toBe(merge)

    // A category chosen by hand: the select stays (and keeps focus); the title still blocks.
    const category = dialog.getByRole('combobox', { name: 'Kategori for række 2' })
    fireEvent.change(category, { target: { value: 'B' } })
    expect(document.activeElement).toBe(dialog.getByRole('combobox', { name: 'Kategori for række 2' }))
    expect(previewRows(dialog)[1]!.textContent).not.toContain('Kategori mangler')
    expect((commitButton(dialog) as HTMLButtonElement).disabled).toBe(true)

    // Only the rows that need a fix, then merge back.
    fireEvent.click(dialog.getByLabelText('Vis kun rækker, der skal rettes (1)'))
    expect(previewRows(dialog)).toHaveLength(1)
    fireEvent.click(dialog.getByRole('button', { name: 'Flet række 2 med rækken ovenfor' }))
    expect(previewRows(dialog)).toHaveLength(19)
    expect(commitButton(dialog).textContent).toBe('Importér 19 indsatser')
    expect((commitButton(dialog) as HTMLButtonElement).disabled).toBe(false)
    expect(document.activeElement).toBe(dialog.getByRole('button', { name: 'Del række 1' }))
  })

  it('merges a row with the one above, and excluding the blocking row also unblocks', async () => {
    const { dialog } = await openDialog()
    paste(dialog, seed)
    fireEvent.click(dialog.getByRole('button', { name: 'Flet række 3 med rækken ovenfor' }))
    expect(previewRows(dialog)).toHaveLength(18)
    expect(commitButton(dialog).textContent).toBe('Importér 18 indsatser')
    expect(document.activeElement).toBe(dialog.getByRole('button', { name: 'Del række 2' }))
    fireEvent.click(dialog.getByRole('button', { name: 'Del række 2' }))
    expect(previewRows(dialog)).toHaveLength(19)

    fireEvent.click(dialog.getByRole('button', { name: 'Del række 1' }))
    fireEvent.click(dialog.getByRole('button', { name: 'Udelad række 2' }))
    expect(commitButton(dialog).textContent).toBe('Importér 19 indsatser')
    expect((commitButton(dialog) as HTMLButtonElement).disabled).toBe(false)
  })

  it('shows where each column goes and the year deadlines without one are read in, changeable', async () => {
    const { dialog } = await openDialog()
    paste(dialog, ['Sager på vej i 2025', 'Sag\tAfd.\tForventet fremsendt\tPeriode', 'Ny skolestruktur\tBUF\tSeptember\tEfterår'].join('\n'))
    const list = dialog.getByText('Sag → Indsats').closest('ul')!
    const items = Array.from(list.querySelectorAll('li'), (li) => li.textContent)
    expect(items).toEqual(['Sag → Indsats', 'Afd. → Ansvarlig', 'Forventet fremsendt → Hvornår forventes det implementeret', 'Periode → ny kolonne Periode'])
    expect(dialog.getByText('Årstal uden år læses som 2025 (teksten over tabellen).')).toBeTruthy()
    expect(previewRows(dialog)[0]!.textContent).toContain('2025')
    fireEvent.change(dialog.getByLabelText('Årstal for datoer uden år'), { target: { value: '2026' } })
    expect(previewRows(dialog)[0]!.textContent).toContain('2026')
    expect(dialog.getByText('Årstal uden år læses som 2026 (valgt her).')).toBeTruthy()
  })

  it('hands the store real extra columns, status logs and the text above the table, and sets a field for all shown rows', async () => {
    const store = fakeStore()
    const { dialog } = await openDialog(store)
    const text = ['Sager på vej i 2025', 'Listen opdateres hver måned af sekretariatet, og den gælder kun sager til udvalget.', 'Sag\tAfd.\tForventet fremsendt\tPeriode\tStatus', 'Ny skolestruktur\tBUF\tSeptember\tEfterår\tI afsluttende proces', 'Ny busplan\tTEK\tOktober\t2026\tudskudt']
    paste(dialog, text.join('\n'))
    expect(dialog.getByText(/Gemmes i den nye oversigts noter/)).toBeTruthy()
    expect(dialog.getByText('Listen opdateres hver måned af sekretariatet, og den gælder kun sager til udvalget.')).toBeTruthy()
    fireEvent.change(dialog.getByLabelText('Felt'), { target: { value: 'area' } })
    fireEvent.change(dialog.getByLabelText('Værdi'), { target: { value: 'Skoler og trafik' } })
    fireEvent.click(dialog.getByRole('button', { name: 'Sæt for 2 rækker' }))
    expect(previewRows(dialog).map((row) => row.textContent)).toEqual([expect.stringContaining('Skoler og trafik'), expect.stringContaining('Skoler og trafik')])
    // Ticked rows narrow it to them.
    fireEvent.click(dialog.getByRole('checkbox', { name: 'Vælg række 2' }))
    expect(dialog.getByText('Sæt for de valgte rækker (1)')).toBeTruthy()
    fireEvent.change(dialog.getByLabelText('Felt'), { target: { value: 'owner' } })
    fireEvent.change(dialog.getByLabelText('Værdi'), { target: { value: 'Trafik' } })
    fireEvent.click(dialog.getByRole('button', { name: 'Sæt for 1 række' }))
    fireEvent.click(dialog.getByRole('checkbox', { name: 'Vælg række 2' }))
    expect(dialog.getByRole('button', { name: 'Sæt for 2 rækker' })).toBeTruthy()
    fireEvent.click(commitButton(dialog))
    await waitFor(() => expect(store.importAsNewOverview).toHaveBeenCalledTimes(1))
    const [, batch] = store.importAsNewOverview.mock.calls[0]!
    expect(batch.columns).toEqual([{ name: 'Periode', type: 'text' }])
    expect(batch.notes).toBe('Listen opdateres hver måned af sekretariatet, og den gælder kun sager til udvalget.')
    expect(batch.rows.map((r) => [r.area, r.owner, r.status, r.extra, r.statusLog, r.deadlineReference])).toEqual([
      ['Skoler og trafik', 'BUF', 'in-progress', { Periode: 'Efterår' }, [{ date: '2021-01-20', text: 'I afsluttende proces' }], '2025-01-01'],
      ['Skoler og trafik', 'Trafik', 'on-hold', { Periode: '2026' }, [{ date: '2021-01-20', text: 'udskudt' }], '2025-01-01'],
    ])
  })

  it('remaps a column and reads the rows again', async () => {
    const { dialog } = await openDialog()
    paste(dialog, seed)
    const deadlineColumn = dialog.getByRole('combobox', { name: 'Hvornår forventes det implementeret' }) as HTMLSelectElement
    expect(deadlineColumn.value).toBe('deadlineText')
    fireEvent.change(deadlineColumn, { target: { value: 'ignore' } })
    expect(previewRows(dialog).every((row) => row.textContent?.includes('Ingen dato'))).toBe(true)
    fireEvent.change(deadlineColumn, { target: { value: 'deadlineText' } })
    expect(previewRows(dialog)[0]!.textContent).toContain('April/maj 2021')
    // Choosing a field another column has moves it: the old column becomes a new column, its text kept.
    fireEvent.change(dialog.getByRole('combobox', { name: 'indsatsområde' }), { target: { value: 'title' } })
    expect((dialog.getByRole('combobox', { name: 'Indsats' }) as HTMLSelectElement).value).toBe('extra')
  })

  it('reads typed text on "Læs tabellen" and says "1 indsats" for one row', async () => {
    const { dialog } = await openDialog()
    fireEvent.change(dialog.getByLabelText('Indsæt tabel'), { target: { value: 'Indsatsområde\tABC\tIndsats\nTilsyn\tB\tEn ny procedure' } })
    fireEvent.click(dialog.getByRole('button', { name: 'Læs tabellen' }))
    expect(previewRows(dialog)).toHaveLength(1)
    expect(commitButton(dialog).textContent).toBe('Importér 1 indsats')
    // Without a title above the table, the new overview gets a plain one.
    expect((dialog.getByLabelText('Titel på ny oversigt') as HTMLInputElement).value).toBe('Importeret oversigt')
    fireEvent.change(dialog.getByLabelText('Titel på ny oversigt'), { target: { value: '  ' } })
    expect((commitButton(dialog) as HTMLButtonElement).disabled).toBe(true)
    fireEvent.click(dialog.getByRole('button', { name: 'Udelad række 1' }))
    expect(commitButton(dialog).textContent).toBe('Importér 0 indsatser')
  })

  it('shows one Danish sentence for an empty paste and writes nothing', async () => {
    const store = fakeStore()
    const { dialog } = await openDialog(store)
    paste(dialog, '')
    expect(dialog.getByRole('alert').textContent).toBe(importErrorMessages.empty)
    paste(dialog, 'bare en linje uden tabel')
    expect(dialog.getByRole('alert').textContent).toBe(importErrorMessages['no-table'])
    expect((commitButton(dialog) as HTMLButtonElement).disabled).toBe(true)
    expect(store.importAsNewOverview).not.toHaveBeenCalled()
  })

  it('commits a new overview, opens it, and "Fortryd import" undoes it and goes back', async () => {
    const store = fakeStore()
    const { dialog, notify, onOpenOverview } = await openDialog(store)
    paste(dialog, seed)
    fireEvent.click(commitButton(dialog))
    await waitFor(() => expect(store.importAsNewOverview).toHaveBeenCalledTimes(1))
    const [header, batch] = store.importAsNewOverview.mock.calls[0]!
    const drafts = batch.rows
    expect(header).toEqual({ title: expected.title, legend: expected.legend, meetingDate: '' })
    expect(drafts.map((d) => d.title)).toEqual(expected.initiatives.map((r) => r.title))
    expect(drafts.filter((d) => d.status === 'implemented')).toHaveLength(3)
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(onOpenOverview).toHaveBeenCalledWith('new-overview')
    const message = notify.mock.calls[0]![0]
    expect(message).toMatchObject({ kind: 'success', text: '19 indsatser er importeret.', action: { label: 'Fortryd import' } })
    expect(message.ms).toBeGreaterThanOrEqual(15_000)
    await act(async () => message.action.run())
    expect(store.undoImport).toHaveBeenCalledWith(expect.objectContaining({ overviewId: 'new-overview', createdOverview: true }))
    expect(onOpenOverview).toHaveBeenLastCalledWith(overview.id)
    expect(notify).toHaveBeenLastCalledWith(expect.objectContaining({ text: 'Importen er fortrudt.' }))
  })

  it('keeps the dialog open with the storage error when nothing could be saved', async () => {
    const store = fakeStore('quota')
    const { dialog, notify } = await openDialog(store)
    paste(dialog, seed)
    fireEvent.click(dialog.getByLabelText('Tilføj til denne oversigt'))
    expect(dialog.queryByLabelText('Titel på ny oversigt')).toBeNull()
    fireEvent.click(commitButton(dialog))
    await waitFor(() => expect(dialog.getByRole('alert').textContent).toBe(storageErrors.quota))
    expect(notify).not.toHaveBeenCalled()
    expect((commitButton(dialog) as HTMLButtonElement).disabled).toBe(false)
  })

  it('appends to the open overview in the real database, and Fortryd import removes exactly those rows', async () => {
    const created = await storage.createOverviewWithRows({ title: 'Eksisterende', meetingDate: '2021-01-20' }, [
      { area: 'Før', category: 'A', title: 'Allerede her', method: '', deadlineText: '', status: 'not-started', owner: '', notes: '' },
    ])
    if (!created.ok) throw new Error(created.code)
    const target = { id: created.value.overview.id, title: 'Eksisterende', meetingDate: '2021-01-20' }
    const before = await storage.readEverything()
    const { dialog, notify } = await openDialog(storage, target)
    paste(dialog, seed)
    fireEvent.click(dialog.getByLabelText('Tilføj til denne oversigt'))
    fireEvent.click(commitButton(dialog))
    await waitFor(() => expect(notify).toHaveBeenCalled())
    const rowsOf = async () => (await storage.readEverything()).initiatives.filter((i) => i.overviewId === target.id).sort((a, b) => a.order - b.order)
    expect((await rowsOf()).map((r) => r.title)).toEqual(['Allerede her', ...expected.initiatives.map((r) => r.title)])
    await act(async () => notify.mock.calls[0]![0].action.run())
    expect(await storage.readEverything()).toEqual(before)
  })
})
