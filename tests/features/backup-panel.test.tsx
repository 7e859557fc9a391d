// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { StoragePanel } from '../../src/features/backup/StoragePanel'
import { BackupReminder } from '../../src/features/backup/BackupReminder'
import { formatBytes } from '../../src/features/backup/format-bytes'
import type { BackupPort, BackupState } from '../../src/features/backup/port'
import { records } from '../io/backup/helpers'

const DAY = 86_400_000
const iso = (ms: number) => new Date(ms).toISOString()

beforeEach(() => {
  sessionStorage.clear()
  URL.createObjectURL = vi.fn(() => 'blob:x')
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

describe('formatBytes', () => {
  it('writes sizes the Danish way', () => {
    expect(formatBytes(0)).toBe('0 byte')
    expect(formatBytes(999)).toBe('999 byte')
    expect(formatBytes(1_234)).toBe('1,2 kB')
    expect(formatBytes(1_200_000)).toBe('1,2 MB')
    expect(formatBytes(120_000_000_000)).toBe('120 GB')
    expect(formatBytes(999_960)).toBe('1 MB')
    expect(formatBytes(12_345_678)).toBe('12 MB')
    expect(formatBytes(Number.NaN)).toBe('?')
  })
})

describe('the Lagring panel', () => {
  const status: BackupState = { lastBackupAt: '2026-11-22T09:24:00.000Z', latestChangeAt: null, oldestUnbackedChangeAt: null }

  it('shows persistence, the estimate and the last backup', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: { estimate: async () => ({ usage: 1_200_000, quota: 120_000_000_000 }) } })
    render(<StoragePanel persistence="granted" status={status} requestPersistence={vi.fn()} />)
    expect(screen.getByRole('heading', { name: 'Lagring' })).toBeTruthy()
    expect(screen.getByText(/Browseren har givet varig lagring\./)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Bed om varig lagring' })).toBeNull()
    await waitFor(() => expect(screen.getByText('Bruger 1,2 MB af ca. 120 GB.')).toBeTruthy())
    expect(screen.getByText(/^Seneste sikkerhedskopi: 22\. november 2026 kl\. \d\d\.24$/)).toBeTruthy()
  })

  it('offers to ask for persistent storage when it was not given', async () => {
    const ask = vi.fn(async () => 'denied' as const)
    render(<StoragePanel persistence="denied" status={{ ...status, lastBackupAt: null }} requestPersistence={ask} />)
    expect(screen.getByText('Der er endnu ikke taget en sikkerhedskopi')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Bed om varig lagring' }))
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/gav ikke varig lagring denne gang/))
    expect(ask).toHaveBeenCalledOnce()
  })

  it('has no button when the browser cannot promise anything', () => {
    render(<StoragePanel persistence="unsupported" status={status} requestPersistence={vi.fn()} />)
    expect(screen.queryByRole('button')).toBeNull()
    expect(screen.getByText(/kan ikke love varig lagring/)).toBeTruthy()
  })
})

describe('the backup reminder', () => {
  const empty = { overviews: [], initiatives: [], statusLogs: [], snapshots: [] }
  const port = (data: Awaited<ReturnType<BackupPort['readEverything']>> = empty): BackupPort => ({ readEverything: vi.fn(async () => data), markBackupTaken: vi.fn(async () => {}) })
  const old: BackupState = { lastBackupAt: iso(Date.now() - 30 * DAY), latestChangeAt: iso(Date.now() - 8 * DAY), oldestUnbackedChangeAt: iso(Date.now() - 8 * DAY) }

  it('stays away while changes are recent', () => {
    const { container } = render(<BackupReminder status={{ ...old, oldestUnbackedChangeAt: iso(Date.now() - 2 * DAY) }} port={port()} notify={vi.fn()} />)
    expect(container.textContent).toBe('')
  })

  it('offers a backup once a change is more than a week old, and takes it', async () => {
    const p = port(records())
    const notify = vi.fn()
    render(<BackupReminder status={old} port={p} notify={notify} />)
    expect(document.querySelector('.alert.alert-info')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Tag sikkerhedskopi nu' }))
    await waitFor(() => expect(p.markBackupTaken).toHaveBeenCalledOnce())
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ kind: 'success', text: expect.stringMatching(/^Sikkerhedskopien er hentet som "Indsatsoverblik sikkerhedskopi \d{4}-\d\d-\d\d\.json"\.$/) }))
    // Everything the port hands over is in the file: status entries and versions too.
    const file = JSON.parse(await (vi.mocked(URL.createObjectURL).mock.calls[0]![0] as Blob).text())
    expect(file).toMatchObject({ version: 3 })
    expect([file.overviews, file.initiatives, file.statusLogs, file.snapshots].map((list) => list.length)).toEqual([2, 20, 7, 2])
  })

  it('"Ikke nu" hides it for the session', () => {
    const { unmount } = render(<BackupReminder status={old} port={port()} notify={vi.fn()} />)
    fireEvent.click(screen.getByRole('button', { name: 'Ikke nu' }))
    expect(screen.queryByRole('button', { name: 'Tag sikkerhedskopi nu' })).toBeNull()
    unmount()
    render(<BackupReminder status={old} port={port()} notify={vi.fn()} />)
    expect(screen.queryByRole('button', { name: 'Tag sikkerhedskopi nu' })).toBeNull()
  })
})
