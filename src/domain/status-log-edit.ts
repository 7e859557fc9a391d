/**
 * What the Rediger dialog does to one indsats' status log before Gem: entries added with
 * "Tilføj opdatering", saved entries marked with "Slet opdatering", what is typed in the
 * add form, and the entry offered when the Status field changes. Nothing here is written
 * until Gem — then all of it goes in the row's own transaction — and Annullér drops it all.
 */
import type { Status, StatusEntry } from './model'
import { statusLabels } from '../strings/core'
import { statusLogText } from '../strings/status-log'
import { formatDateEntry } from './date-entry-format'
import { parseDateEntry } from './date-entry'
import { newestFirst } from './status-line'

/** An entry as it will be written: date (ISO), text and author. */
export interface EntryDraft {
  date: string
  text: string
  author: string
}

/** Added in the dialog, not saved yet; `key` tells it apart until it has an id. */
export interface PendingEntry extends EntryDraft {
  key: string
}

/** The add form's fields as typed (the date too: it is read on Tilføj and on Gem). */
export type TypedEntry = EntryDraft

export type TypedEntryIssues = Partial<Record<'date' | 'text', 'date' | 'required'>>

export interface StatusLogEdit {
  typed: TypedEntry
  issues: TypedEntryIssues
  added: PendingEntry[]
  /** Ids of saved entries that Gem deletes. */
  removed: string[]
  /** The entry offered for a changed Status: its text once edited (null: the suggested one), and whether it is left out. */
  note: { text: string | null; leftOut: boolean }
  /** The number the next pending entry's key is made from. */
  nextKey: number
}

export type StatusLogAction =
  | { type: 'type'; patch: Partial<TypedEntry> }
  | { type: 'add' }
  | { type: 'discard'; key: string }
  | { type: 'remove'; id: string }
  | { type: 'keep'; id: string }
  | { type: 'note-text'; text: string }
  | { type: 'note-leave-out' }
  | { type: 'note-include' }
  | { type: 'show-issues'; issues: TypedEntryIssues }

/** A fresh edit: nothing changed, the add form dated `today` (ISO). */
export function startStatusLogEdit(today: string): StatusLogEdit {
  return { typed: { date: formatDateEntry(today), text: '', author: '' }, issues: {}, added: [], removed: [], note: { text: null, leftOut: false }, nextKey: 1 }
}

export function statusLogReducer(edit: StatusLogEdit, action: StatusLogAction): StatusLogEdit {
  switch (action.type) {
    case 'type':
      return { ...edit, typed: { ...edit.typed, ...action.patch } }
    case 'add': {
      const read = readTyped(edit.typed, true)
      if (!read.ok) return { ...edit, issues: read.issues }
      if (!read.entry) return edit
      // The date and author stay for the next entry; the text is done.
      return { ...edit, issues: {}, added: [...edit.added, { ...read.entry, key: `pending-${edit.nextKey}` }], typed: { ...edit.typed, text: '' }, nextKey: edit.nextKey + 1 }
    }
    case 'discard':
      return { ...edit, added: edit.added.filter((entry) => entry.key !== action.key) }
    case 'remove':
      return edit.removed.includes(action.id) ? edit : { ...edit, removed: [...edit.removed, action.id] }
    case 'keep':
      return { ...edit, removed: edit.removed.filter((id) => id !== action.id) }
    case 'note-text':
      return { ...edit, note: { ...edit.note, text: action.text } }
    case 'note-leave-out':
      return { ...edit, note: { ...edit.note, leftOut: true } }
    case 'note-include':
      return { ...edit, note: { ...edit.note, leftOut: false } }
    case 'show-issues':
      return { ...edit, issues: action.issues }
  }
}

/**
 * Reads the add form. `required`: Tilføj needs a text; on Gem the form counts only once
 * something is written in it (a text or an author) — and then it must be complete.
 */
export function readTyped(typed: TypedEntry, required: boolean): { ok: true; entry: EntryDraft | null } | { ok: false; issues: TypedEntryIssues } {
  const text = typed.text.trim()
  const author = typed.author.trim()
  if (!required && !text && !author) return { ok: true, entry: null }
  const date = parseDateEntry(typed.date)
  const issues: TypedEntryIssues = {}
  if (!date.ok || !date.value) issues.date = 'date'
  if (!text) issues.text = 'required'
  if (issues.date || issues.text || !date.ok) return { ok: false, issues }
  return { ok: true, entry: { date: date.value, text, author } }
}

/** The text offered for a Status change ("Status ændret fra I gang til Implementeret."); null when it did not change. */
export function statusChangeText(from: Status, to: Status): string | null {
  return from === to ? null : statusLogText.statusChanged(statusLabels[from], statusLabels[to])
}

/**
 * The log entry a Status change writes: dated the day of the change (`today`, ISO), no author.
 * The one rule for Rediger's Gem (with the text as the user left it) and for Sæt status on many rows.
 */
export function statusChangeEntry(text: string, today: string): EntryDraft {
  return { date: today, text, author: '' }
}

/** The entry offered for a changed Status, as Gem would write it; null when there is none or it is left out. */
export function noteEntry(edit: StatusLogEdit, suggested: string | null, today: string): EntryDraft | null {
  if (suggested === null || edit.note.leftOut) return null
  const text = (edit.note.text ?? suggested).trim()
  return text ? statusChangeEntry(text, today) : null
}

/** Everything Gem writes to the log: the pending entries, what is typed in the add form, and the Status note. */
export function statusLogWrite(edit: StatusLogEdit, note: EntryDraft | null): { ok: true; add: EntryDraft[]; remove: string[] } | { ok: false; issues: TypedEntryIssues } {
  const typed = readTyped(edit.typed, false)
  if (!typed.ok) return typed
  const add: EntryDraft[] = [...edit.added.map(({ key: _key, ...entry }) => entry), ...(typed.entry ? [typed.entry] : []), ...(note ? [note] : [])]
  return { ok: true, add, remove: edit.removed }
}

/** Whether closing the dialog would lose something in the log (the add form counts once it differs from how it opened). */
export function statusLogUnsaved(edit: StatusLogEdit, today: string): boolean {
  const typed = edit.typed
  return edit.added.length > 0 || edit.removed.length > 0 || Boolean(typed.text.trim() || typed.author.trim()) || typed.date.trim() !== formatDateEntry(today)
}

export type ListedEntry =
  | { kind: 'saved'; key: string; entry: StatusEntry; removed: boolean }
  | { kind: 'pending'; key: string; entry: PendingEntry }

/** The log as the dialog shows it: saved and pending entries together, newest first (pending before saved on the same day). */
export function listedEntries(saved: readonly StatusEntry[], edit: StatusLogEdit): ListedEntry[] {
  const pending: ListedEntry[] = edit.added.map((entry) => ({ kind: 'pending', key: entry.key, entry }))
  const stored: ListedEntry[] = [...saved].sort(newestFirst).map((entry) => ({ kind: 'saved', key: entry.id, entry, removed: edit.removed.includes(entry.id) }))
  // Pending entries were added last: the newest added comes first among those of its day.
  const byDate = (a: ListedEntry, b: ListedEntry) => b.entry.date.localeCompare(a.entry.date)
  return [...pending.reverse(), ...stored].sort(byDate)
}
