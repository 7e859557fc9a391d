// @vitest-environment jsdom
/**
 * The meeting tools and the Oversigter dialog load on first use
 * (src/ui/lazy.tsx): the buttons are in the first load, what they open is not. These check
 * that each still opens with the same words, fields and focus as before the split.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Suspense, useState } from 'react'
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { SaveVersionButton } from '../../src/features/meetings/SaveVersionButton'
import { VersionsButton } from '../../src/features/meetings/VersionsButton'
import { ChangesView } from '../../src/features/meetings/ChangesView'
import { OverviewsButton } from '../../src/features/overview-list/OverviewsButton'
import { createDeadlineReader } from '../../src/domain/view-row'
import { lazyWithPreload } from '../../src/ui/lazy'
import { overviews, snapshots } from '../io/backup/helpers'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('lazyWithPreload', () => {
  function Shown({ text }: { text: string }) {
    return <p>{text}</p>
  }

  it('suspends until loaded, then renders; once preloaded it renders at once', async () => {
    let resolve!: (component: typeof Shown) => void
    const load = vi.fn(() => new Promise<typeof Shown>((done) => (resolve = done)))
    const Lazy = lazyWithPreload(load)
    const { rerender } = render(
      <Suspense fallback={<p>venter</p>}>
        <Lazy text="første" />
      </Suspense>,
    )
    expect(screen.getByText('venter')).toBeTruthy()
    await act(async () => resolve(Shown))
    expect(screen.getByText('første')).toBeTruthy()
    // A second use needs no loading: no fallback, not even for a moment.
    rerender(<p>andet</p>)
    render(
      <Suspense fallback={<p>venter igen</p>}>
        <Lazy text="anden" />
      </Suspense>,
    )
    expect(screen.getByText('anden')).toBeTruthy()
    expect(screen.queryByText('venter igen')).toBeNull()
    expect(load).toHaveBeenCalledOnce()
  })

  it('preload starts the load once, stays quiet when it fails, and the next preload tries again', async () => {
    const load = vi.fn<() => Promise<typeof Shown>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Shown)
    const Lazy = lazyWithPreload(load)
    Lazy.preload()
    Lazy.preload()
    expect(load).toHaveBeenCalledOnce()
    await new Promise((done) => setTimeout(done, 0))
    Lazy.preload()
    expect(load).toHaveBeenCalledTimes(2)
    await new Promise((done) => setTimeout(done, 0))
    render(
      <Suspense fallback={<p>venter</p>}>
        <Lazy text="hentet" />
      </Suspense>,
    )
    expect(screen.getByText('hentet')).toBeTruthy()
  })
})

describe('Gem version til møde', () => {
  it('opens prefilled from the meeting date, requires a name, and saves', async () => {
    const onSave = vi.fn(async () => true)
    render(<SaveVersionButton meetingDate="2021-01-20" onSave={onSave} />)
    const button = screen.getByRole('button', { name: 'Gem version til møde' })
    fireEvent.pointerEnter(button)
    fireEvent.click(button)
    const dialog = await screen.findByRole('dialog', { name: 'Gem version til møde' })
    expect(within(dialog).getByText(/En version er oversigten, som den så ud til et møde/)).toBeTruthy()
    const name = within(dialog).getByLabelText('Navn på versionen') as HTMLInputElement
    expect(name.value).toBe('Møde 20. januar 2021')
    expect((within(dialog).getByLabelText('Mødedato') as HTMLInputElement).value).toBe('20.01.2021')

    fireEvent.change(name, { target: { value: '  ' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem' }))
    expect(within(dialog).getByText('Skal udfyldes.')).toBeTruthy()
    expect(name.getAttribute('aria-invalid')).toBe('true')
    expect(onSave).not.toHaveBeenCalled()

    fireEvent.change(name, { target: { value: 'BUU januar' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(onSave).toHaveBeenCalledWith('BUU januar', '2021-01-20')

    // Opened again, it starts afresh from the meeting date.
    fireEvent.click(button)
    expect(((await screen.findByLabelText('Navn på versionen')) as HTMLInputElement).value).toBe('Møde 20. januar 2021')
  })
})

describe('Versioner and "Ændringer siden …"', () => {
  const version = snapshots[0]!
  const overview = overviews[0]!
  const reader = createDeadlineReader()
  const read = (text: string) => reader(text, '2021-01-20')

  /** The live page with its Versioner button, replaced by the Ændringer page as OverviewPage does. */
  function Page() {
    const [changes, setChanges] = useState(false)
    if (changes) return <ChangesView overview={overview} version={version} current={version.initiatives.slice(1)} read={read} onBack={() => setChanges(false)} />
    return (
      <>
        <h1 tabIndex={-1}>{overview.title}</h1>
        <VersionsButton versions={snapshots} onOpen={vi.fn()} onChanges={() => setChanges(true)} />
      </>
    )
  }

  it('lists the versions, and "Ændringer siden …" shows the changes with focus on their heading', async () => {
    render(<Page />)
    const button = screen.getByRole('button', { name: 'Versioner (2)' })
    // As a click in a browser does: the button gets focus (and fetches the dialog ahead), then opens it.
    act(() => button.focus())
    fireEvent.click(button)
    const dialog = await screen.findByRole('dialog', { name: 'Versioner' })
    expect(within(dialog).getByRole('button', { name: 'Vis Møde 20. januar 2021' })).toBeTruthy()
    expect(within(dialog).getByText(/Mødedato 20\. januar 2021 · gemt .* · 8 indsatser/)).toBeTruthy()
    // Let the dialog's preload of the Ændringer page settle, as a user reading the list would.
    await act(async () => {})
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ændringer siden mødet 20. januar 2021' }))
    // No "Indlæser …" in between: the page is there at once, and the closing dialog focuses its heading.
    const heading = screen.getByRole('heading', { level: 1, name: 'Ændringer siden mødet 20. januar 2021' })
    expect(document.activeElement).toBe(heading)
    expect(screen.getByText(/· 0 ændrede · 0 tilføjede · 1 fjernet$/)).toBeTruthy()
    expect(screen.getByRole('group', { name: 'Eksportér ændringerne' })).toBeTruthy()
  })

  it('opens straight from its address too (a version with no changes since)', async () => {
    render(<ChangesView overview={overview} version={version} current={version.initiatives} read={read} onBack={vi.fn()} />)
    expect(await screen.findByText('Ingen ændringer siden versionen blev gemt.')).toBeTruthy()
  })
})

describe('Oversigter', () => {
  it('opens the list, tells the shell it is open, and rolls an overview forward', async () => {
    const onOpenChange = vi.fn()
    const onRollForward = vi.fn(async () => true)
    render(
      <OverviewsButton
        overviews={overviews}
        rowCounts={new Map([[overviews[0]!.id, 19]])}
        currentId={overviews[0]!.id}
        onOpen={vi.fn()}
        onCreate={vi.fn()}
        onRename={vi.fn(async () => true)}
        onRollForward={onRollForward}
        onDelete={vi.fn()}
        onOpenChange={onOpenChange}
      />,
    )
    fireEvent.click(screen.getByRole('button', { name: 'Oversigter (2)' }))
    expect(onOpenChange).toHaveBeenLastCalledWith(true)
    const dialog = await screen.findByRole('dialog', { name: 'Oversigter' })
    expect(within(dialog).getByText('Alle oversigter i denne browser.')).toBeTruthy()
    const first = within(dialog).getByRole('group', { name: overviews[0]!.title })
    expect(within(first).getByText('Åben nu')).toBeTruthy()
    expect(within(dialog).getByRole('group', { name: 'Andet bilag' })).toBeTruthy()
    expect(within(dialog).getByText(/19 indsatser/)).toBeTruthy()

    fireEvent.click(within(first).getByRole('button', { name: 'Rul frem til næste møde' }))
    const form = within(dialog).getByRole('form', { name: 'Rul frem til næste møde' })
    expect((within(form).getByLabelText('Titel på den nye oversigt') as HTMLInputElement).value).toBe(overviews[0]!.title)
    fireEvent.change(within(form).getByLabelText('Næste mødedato'), { target: { value: '2021-03-03' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Rul frem til næste møde' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(onRollForward).toHaveBeenCalledWith(overviews[0], overviews[0]!.title, '2021-03-03')
    expect(onOpenChange).toHaveBeenLastCalledWith(false)
  })
})
