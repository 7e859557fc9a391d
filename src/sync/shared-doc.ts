/**
 * The layout of a shared overview as one Yjs document (its name is the overview id):
 *
 *   overview    Y.Map: overview id → Y.Map of the header's fields (one record)
 *   rows        Y.Map: indsats id → Y.Map of its fields
 *   statusLogs  Y.Map: entry id → Y.Map of its fields
 *   snapshots   Y.Map: version id → Y.Map of its fields (a version is never changed)
 *
 * Every record is a map of its fields (./fields.ts), so concurrent changes to different
 * fields merge; the header's extra columns are one entry per column field (./columns.ts). A deleted record keeps its fields and gets `TOMBSTONE` (see ./merge.ts).
 *
 * `RemoteView` keeps the records the document holds, as plain fields, up to date from the
 * document's own change events, and notes which records others changed since it was last
 * asked, so a change from elsewhere touches only those records.
 */
import * as Y from 'yjs'
import type { FlatRecord } from './fields'
import type { Push } from './merge'

export const COLLECTIONS = ['overview', 'rows', 'statusLogs', 'snapshots'] as const
export type CollectionName = (typeof COLLECTIONS)[number]

export const TOMBSTONE = '#deleted'

/** The origin of every transaction this app's bridge makes (the document's events tell its own writes apart). */
export const BRIDGE_ORIGIN = 'indsatsoverblik-bridge'

export const collectionOf = (doc: Y.Doc, name: CollectionName) => doc.getMap<Y.Map<unknown>>(name)

function fieldsOf(record: Y.Map<unknown> | undefined): FlatRecord | undefined {
  if (!(record instanceof Y.Map)) return undefined
  const fields: FlatRecord = {}
  for (const [key, value] of record.entries()) if (key !== TOMBSTONE) fields[key] = value
  return fields
}

export type Records = Record<CollectionName, Map<string, FlatRecord>>

export const emptyRecords = (): Records => ({ overview: new Map(), rows: new Map(), statusLogs: new Map(), snapshots: new Map() })

/** Sends the pushes of one merge as one Yjs transaction. */
export function applyPushes(doc: Y.Doc, pushes: ReadonlyArray<[CollectionName, string, Push]>): void {
  if (!pushes.length) return
  doc.transact(() => {
    for (const [name, id, push] of pushes) {
      const collection = collectionOf(doc, name)
      let record = collection.get(id)
      if (!(record instanceof Y.Map)) {
        record = new Y.Map<unknown>()
        collection.set(id, record)
      }
      if (push.revive) for (const key of [...record.keys()]) if (key === TOMBSTONE || !(key in push.set)) record.delete(key)
      for (const [key, value] of Object.entries(push.set)) record.set(key, value)
      for (const key of push.remove) record.delete(key)
      if (push.tombstone) record.set(TOMBSTONE, true)
    }
  }, BRIDGE_ORIGIN)
}

export class RemoteView {
  /** Records present (not deleted) in the document. */
  readonly records: Records = emptyRecords()
  /** The fields of records deleted in the document (tombstones). */
  readonly deleted: Records = emptyRecords()
  private dirty: Record<CollectionName, Set<string>> = { overview: new Set(), rows: new Set(), statusLogs: new Set(), snapshots: new Set() }
  private listeners = new Set<() => void>()
  private readonly unobserve: (() => void)[] = []

  constructor(private readonly doc: Y.Doc) {
    for (const name of COLLECTIONS) {
      const collection = collectionOf(doc, name)
      for (const id of collection.keys()) this.refresh(name, id)
      const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
        const fromElsewhere = transaction.origin !== BRIDGE_ORIGIN
        for (const event of events) {
          const ids = event.target === collection ? [...event.keys.keys()] : [String(event.path[0])]
          for (const id of ids) {
            this.refresh(name, id)
            if (fromElsewhere) this.dirty[name].add(id)
          }
        }
        if (fromElsewhere) this.listeners.forEach((listener) => listener())
      }
      collection.observeDeep(observer)
      this.unobserve.push(() => collection.unobserveDeep(observer))
    }
  }

  private refresh(name: CollectionName, id: string) {
    const record = collectionOf(this.doc, name).get(id)
    const fields = fieldsOf(record)
    const isDeleted = Boolean(record?.get(TOMBSTONE))
    if (fields && !isDeleted) this.records[name].set(id, fields)
    else this.records[name].delete(id)
    if (fields && isDeleted) this.deleted[name].set(id, fields)
    else this.deleted[name].delete(id)
  }

  /** Called when someone else's change arrives. */
  onRemoteChange(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** The records changed elsewhere since the last call, by collection; the list starts afresh. */
  takeDirty(): Record<CollectionName, Set<string>> {
    const taken = this.dirty
    this.dirty = { overview: new Set(), rows: new Set(), statusLogs: new Set(), snapshots: new Set() }
    return taken
  }

  hasRecord(name: CollectionName, id: string): boolean {
    return this.records[name].has(id)
  }

  destroy() {
    this.unobserve.forEach((stop) => stop())
    this.listeners.clear()
  }
}
