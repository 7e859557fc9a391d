import { describe, expect, it } from 'vitest'
import type { StatusEntry } from '../../src/domain/model'
import {
  listedEntries,
  noteEntry,
  readTyped,
  startStatusLogEdit,
  statusLogReducer,
  statusLogUnsaved,
  statusLogWrite,
  type StatusLogAction,
  type StatusLogEdit,
} from '../../src/domain/status-log-edit'
import { statusChangeEntry, statusChangeText } from '../../src/domain/status-log-edit'

const TODAY = '2021-02-01'
const run = (...actions: StatusLogAction[]): StatusLogEdit => actions.reduce(statusLogReducer, startStatusLogEdit(TODAY))
const type = (patch: { date?: string; text?: string; author?: string }): StatusLogAction => ({ type: 'type', patch })
const saved = (id: string, date: string, createdAt = '2021-01-01T00:00:00.000Z'): StatusEntry => ({ id, initiativeId: 'i', overviewId: 'o', date, text: `tekst ${id}`, author: '', createdAt })

describe('the add form', () => {
  it('opens dated today, shown as dd.mm.åååå, with nothing to save', () => {
    const edit = startStatusLogEdit(TODAY)
    expect(edit.typed).toEqual({ date: '01.02.2021', text: '', author: '' })
    expect(statusLogUnsaved(edit, TODAY)).toBe(false)
    expect(statusLogWrite(edit, null)).toEqual({ ok: true, add: [], remove: [] })
  })

  it.each([
    // typed, required (Tilføj) → result
    [{ date: '01.02.2021', text: 'Ny status.', author: '' }, true, { ok: true, entry: { date: '2021-02-01', text: 'Ny status.', author: '' } }],
    [{ date: '1. marts 2021', text: '  Ny status.  ', author: ' Åse ' }, true, { ok: true, entry: { date: '2021-03-01', text: 'Ny status.', author: 'Åse' } }],
    [{ date: '01.02.2021', text: '   ', author: '' }, true, { ok: false, issues: { text: 'required' } }],
    [{ date: '31.02.2021', text: 'Ny status.', author: '' }, true, { ok: false, issues: { date: 'date' } }],
    [{ date: '12.03', text: '', author: '' }, true, { ok: false, issues: { date: 'date', text: 'required' } }],
    [{ date: '', text: 'Ny status.', author: '' }, true, { ok: false, issues: { date: 'date' } }],
    // On Gem an untouched form is nothing to write, whatever its date says …
    [{ date: '01.02.2021', text: '', author: '' }, false, { ok: true, entry: null }],
    [{ date: '12.03', text: '', author: '' }, false, { ok: true, entry: null }],
    // … but anything written in it must be complete.
    [{ date: '01.02.2021', text: 'Ny status.', author: '' }, false, { ok: true, entry: { date: '2021-02-01', text: 'Ny status.', author: '' } }],
    [{ date: '01.02.2021', text: '', author: 'Åse' }, false, { ok: false, issues: { text: 'required' } }],
    [{ date: '12.03.20', text: 'Ny status.', author: '' }, false, { ok: false, issues: { date: 'date' } }],
  ])('%j (required: %s) → %j', (typed, required, expected) => {
    expect(readTyped(typed, required)).toEqual(expected)
  })
})

describe('changes before Gem', () => {
  it('Tilføj opdatering makes a pending entry and empties the text, keeping date and author', () => {
    const edit = run(type({ date: '15.01.2021', text: 'Første.', author: 'Åse' }), { type: 'add' }, type({ text: 'Anden.' }), { type: 'add' })
    expect(edit.added).toEqual([
      { key: 'pending-1', date: '2021-01-15', text: 'Første.', author: 'Åse' },
      { key: 'pending-2', date: '2021-01-15', text: 'Anden.', author: 'Åse' },
    ])
    expect(edit.typed).toEqual({ date: '15.01.2021', text: '', author: 'Åse' })
    expect(statusLogUnsaved(edit, TODAY)).toBe(true)
  })

  it('Tilføj opdatering with a bad date shows why and adds nothing', () => {
    const edit = run(type({ date: '31.02.2021', text: 'Tekst' }), { type: 'add' })
    expect(edit.added).toEqual([])
    expect(edit.issues).toEqual({ date: 'date' })
    expect(edit.typed.text).toBe('Tekst')
  })

  it('a pending entry can be taken back; a saved one is marked, and kept again', () => {
    const edit = run(type({ text: 'Første.' }), { type: 'add' }, { type: 'discard', key: 'pending-1' }, { type: 'remove', id: 's1' }, { type: 'remove', id: 's1' }, { type: 'remove', id: 's2' }, { type: 'keep', id: 's2' })
    expect(edit.added).toEqual([])
    expect(edit.removed).toEqual(['s1'])
    expect(statusLogWrite(edit, null)).toEqual({ ok: true, add: [], remove: ['s1'] })
  })

  it.each([
    ['nothing', [], false],
    ['a typed text', [type({ text: 'x' })], true],
    ['only spaces', [type({ text: '   ' })], false],
    ['an author', [type({ author: 'Åse' })], true],
    ['another date', [type({ date: '02.02.2021' })], true],
    ['the same date, written differently then back', [type({ date: '1.2.2021' }), type({ date: '01.02.2021' })], false],
    ['an entry added', [type({ text: 'x' }), { type: 'add' } as const], true],
    ['a saved entry marked', [{ type: 'remove', id: 's1' } as const], true],
    ['a saved entry marked, then kept', [{ type: 'remove', id: 's1' } as const, { type: 'keep', id: 's1' } as const], false],
  ])('unsaved after %s: %s', (_case, actions, unsaved) => {
    expect(statusLogUnsaved(run(...(actions as StatusLogAction[])), TODAY)).toBe(unsaved)
  })
})

describe('what Gem writes', () => {
  it('pending entries, then the typed one, then the Status note', () => {
    const edit = run(type({ text: 'Første.' }), { type: 'add' }, type({ text: 'Skrevet, ikke tilføjet.' }), { type: 'remove', id: 's1' })
    const note = noteEntry(edit, 'Status ændret fra Ikke påbegyndt til I gang.', TODAY)
    expect(statusLogWrite(edit, note)).toEqual({
      ok: true,
      add: [
        { date: TODAY, text: 'Første.', author: '' },
        { date: TODAY, text: 'Skrevet, ikke tilføjet.', author: '' },
        { date: TODAY, text: 'Status ændret fra Ikke påbegyndt til I gang.', author: '' },
      ],
      remove: ['s1'],
    })
  })

  it('nothing when the typed entry is half done: the form says why', () => {
    expect(statusLogWrite(run(type({ text: 'Tekst', date: '12.03' })), null)).toEqual({ ok: false, issues: { date: 'date' } })
  })

  it.each([
    ['no Status change', [], null, null],
    ['the suggested text', [], 'Status ændret fra A til B.', 'Status ændret fra A til B.'],
    ['an edited text', [{ type: 'note-text', text: 'Sat i gang efter mødet.' }], 'Status ændret fra A til B.', 'Sat i gang efter mødet.'],
    ['left out', [{ type: 'note-leave-out' }], 'Status ændret fra A til B.', null],
    ['left out, then included again', [{ type: 'note-leave-out' }, { type: 'note-include' }], 'Status ændret fra A til B.', 'Status ændret fra A til B.'],
    ['emptied', [{ type: 'note-text', text: '  ' }], 'Status ændret fra A til B.', null],
  ])('the Status note: %s', (_case, actions, suggested, text) => {
    const note = noteEntry(run(...(actions as StatusLogAction[])), suggested, TODAY)
    expect(note).toEqual(text === null ? null : { date: TODAY, text, author: '' })
  })
})

describe('the log as shown', () => {
  it('saved and pending together, newest first; pending before saved on the same day; marked ones stay, marked', () => {
    const entries = [saved('old', '2021-01-11'), saved('same-day', '2021-02-01'), saved('newer', '2021-03-01')]
    const edit = run(type({ text: 'a' }), { type: 'add' }, type({ text: 'b', date: '01.01.2021' }), { type: 'add' }, type({ text: 'c', date: '01.02.2021' }), { type: 'add' }, { type: 'remove', id: 'old' })
    expect(listedEntries(entries, edit).map((item) => [item.key, item.kind === 'saved' && item.removed])).toEqual([
      ['newer', false],
      ['pending-3', false],
      ['pending-1', false],
      ['same-day', false],
      ['old', true],
      ['pending-2', false],
    ])
  })
})

describe('the entry a Status change writes (Rediger and Sæt status)', () => {
  it.each([
    ['not-started', 'implemented', 'Status ændret fra Ikke påbegyndt til Implementeret.'],
    ['in-progress', 'on-hold', 'Status ændret fra I gang til Sat i bero.'],
    ['dropped', 'in-progress', 'Status ændret fra Udgået til I gang.'],
    ['implemented', 'implemented', null],
  ] as const)('%s → %s: %s', (from, to, text) => {
    expect(statusChangeText(from, to)).toBe(text)
  })

  it('is dated the day of the change, with no author', () => {
    expect(statusChangeEntry('Status ændret.', '2021-02-03')).toEqual({ date: '2021-02-03', text: 'Status ændret.', author: '' })
  })
})
