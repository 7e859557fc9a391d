/**
 * The bridge between a shared overview's local copy (IndexedDB, through src/storage) and
 * its Yjs document. Every step is one local transaction: it reads the local records, merges
 * them three ways with the shared document and the state the two last agreed on (./merge.ts),
 * sends local changes into the document in one Yjs transaction, and writes changes from
 * elsewhere, with the document's state, into the local copy.
 *
 * A step runs after every local write to the overview, this tab's or another's (the records
 * it touched are read: the pages of rows, status entries and snapshots named in the change
 * notice; every record when the notice names none), and after every change from elsewhere
 * (only the records it touched are read). Steps never overlap; requests during a step are
 * folded into one more step.
 */
import * as Y from 'yjs'
import { isPlainRecord, recordIssue } from './records'
import { flatten, sameValue, unflatten, type FlatRecord } from './fields'
import { flattenOverview, unflattenOverview } from './columns'
import { mergeRecord, type Push } from './merge'
import { applyPushes, BRIDGE_ORIGIN, COLLECTIONS, emptyRecords, RemoteView, type CollectionName, type Records } from './shared-doc'
import type { LocalRead, LocalTouch, LocalWrite, ReadScope } from '../storage/sharing'
import type { WriteResult } from '../storage/result'

/** The local side, bound to one overview (src/storage/index.ts `syncPort`). */
export interface LocalPort {
  step: (scope: ReadScope, decide: (local: LocalRead) => LocalWrite) => Promise<WriteResult>
  loadDocState: () => Promise<Uint8Array[]>
  /** Calls back after every local write to the overview's records, with what it touched (none named: everything); returns the unsubscribe. */
  watch: (changed: (touch?: LocalTouch) => void) => () => void
}

export interface BridgeOptions {
  readOnly?: boolean
  /** A step could not be written locally (the code of the storage result). */
  onError?: (code: string) => void
  /** A step finished (tests and the bench wait on it). */
  onStep?: () => void
}

/** How long a compare of every row waits when the write that asked for it was probably the bridge's own. */
const DEFERRED_COMPARE_MS = 1_000

/** Updates kept after a full state before the next full state is written. */
const MAX_KEPT_UPDATES = 200

export class Bridge {
  readonly view: RemoteView
  private base: Records = emptyRecords()
  /** Local records written since the last step: 'all' (compare every record), those named, or none. */
  private localDirty: LocalTouch | null = 'all'
  /** The row ids each page of the local copy held when last read: a row gone from a page was deleted or moved. */
  private readonly pageRows = new Map<string, readonly string[]>()
  private running: Promise<void> | null = null
  private again = false
  private stopped = false
  private readonly unwatch: (() => void)[] = []
  readOnly: boolean
  /** What the local copy keeps of the document: its state vector and how many updates since the last full state. */
  private keptVector: Uint8Array = new Uint8Array([0])
  private keptUpdates = 0
  private writing = false
  private deferred: ReturnType<typeof setTimeout> | undefined
  /**
   * Whether the next full step must merge every record. Otherwise it skips a record whose local
   * side is the agreed one (same stamps) and whose shared side nobody changed since: merging it
   * would change nothing, and merging 10,000 of them cost ~300 ms of the main thread.
   * Set when a step fails (the changes from elsewhere it took are then merged again).
   */
  private mergeEvery = false

  private constructor(
    readonly doc: Y.Doc,
    private readonly overviewId: string,
    private readonly port: LocalPort,
    private readonly options: BridgeOptions,
  ) {
    this.readOnly = options.readOnly ?? false
    this.view = new RemoteView(doc)
    for (const name of COLLECTIONS) this.base[name] = new Map(this.view.records[name])
    this.unwatch.push(this.view.onRemoteChange(() => void this.schedule()))
    this.unwatch.push(port.watch((touch) => this.localChanged(touch ?? 'all')))
  }

  /** Loads the state kept with the local copy into `doc` and starts with a full step. */
  static async start(doc: Y.Doc, overviewId: string, port: LocalPort, options: BridgeOptions = {}): Promise<Bridge> {
    const kept = await port.loadDocState()
    for (const update of kept) Y.applyUpdate(doc, update, BRIDGE_ORIGIN)
    const bridge = new Bridge(doc, overviewId, port, options)
    bridge.keptVector = Y.encodeStateVector(doc)
    bridge.keptUpdates = kept.length
    await bridge.schedule()
    return bridge
  }

  /**
   * A local write: the records it names (or all) are compared in the next step. One that lands
   * while a step is writing is most likely the step's own: it is still compared (another tab
   * may have written meanwhile), but a moment later, so reading its pages does not compete
   * with the app repainting the change that just came in.
   */
  localChanged(touch: LocalTouch = 'all') {
    this.localDirty = joinTouches(this.localDirty, touch)
    if (!this.writing) return void this.schedule()
    clearTimeout(this.deferred)
    this.deferred = setTimeout(() => void this.schedule(), DEFERRED_COMPARE_MS)
  }

  /** Runs a step now, or one more after the running one; resolves when no step is due. */
  schedule(): Promise<void> {
    if (this.stopped) return Promise.resolve()
    if (this.running) {
      this.again = true
      return this.running
    }
    this.running = (async () => {
      do {
        this.again = false
        await this.step()
      } while (this.again && !this.stopped)
      this.running = null
    })()
    return this.running
  }

  /** Stops; resolves when the step running now (if any) has finished. */
  stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.deferred)
    this.unwatch.forEach((stop) => stop())
    this.view.destroy()
    return this.running ?? Promise.resolve()
  }

  private async step(): Promise<void> {
    const touched = this.localDirty
    const full = touched === 'all'
    this.localDirty = null
    const dirty = this.view.takeDirty()
    if (!touched && COLLECTIONS.every((name) => dirty[name].size === 0)) return
    const scope: ReadScope = full ? 'all' : scopeOf(this.overviewId, dirty, touched)
    let agreed: [CollectionName, string, FlatRecord | undefined][] = []
    let kept: { vector: Uint8Array; updates: number } | null = null
    let pagesRead: Map<string, readonly string[]> | null = null
    this.writing = true
    const result = await this.port.step(scope, (local) => {
      pagesRead = local.pages
      // A local write always reads the overview's header (see `scopeOf`), so a deleted one is seen.
      const decided = this.decide(local, full ? null : this.idsToCompare(dirty, touched, local.pages), dirty, touched !== null)
      agreed = decided.agreed
      applyPushes(this.doc, decided.pushes)
      // Changes from elsewhere move the document even when they change no local record.
      const changedElsewhere = COLLECTIONS.some((name) => dirty[name].size > 0)
      const changed = decided.pushes.length > 0 || hasWrites(decided.write) || changedElsewhere
      if (!changed) return { ...decided.write, docState: null }
      // Only what is new since the last kept state; now and then the whole state, so a reload stays quick.
      const whole = this.keptUpdates >= MAX_KEPT_UPDATES
      kept = { vector: Y.encodeStateVector(this.doc), updates: whole ? 0 : this.keptUpdates + 1 }
      return { ...decided.write, docState: { update: whole ? Y.encodeStateAsUpdate(this.doc) : Y.encodeStateAsUpdate(this.doc, this.keptVector), full: whole } }
    })
    // The change notice of this step's own write has been delivered by now (Dexie sends it as the transaction commits).
    await Promise.resolve()
    this.writing = false
    if (!result.ok) {
      // Nothing was written: the next step compares everything again.
      this.localDirty = 'all'
      this.mergeEvery = true
      this.options.onError?.(result.code)
      return
    }
    if (kept) {
      const { vector, updates } = kept
      this.keptVector = vector
      this.keptUpdates = updates
    }
    for (const [name, id, record] of agreed) {
      if (record) this.base[name].set(id, record)
      else this.base[name].delete(id)
    }
    if (full) this.pageRows.clear()
    for (const [page, ids] of pagesRead ?? new Map<string, readonly string[]>()) {
      if (ids.length) this.pageRows.set(page, ids)
      else this.pageRows.delete(page)
    }
    if (full) this.mergeEvery = false
    this.options.onStep?.()
  }

  /**
   * A local record as fields. Every write of the app moves a record's updatedAt (and a row's
   * revision): a record whose stamps equal the agreed ones is the agreed record, which saves
   * comparing 10,000 rows field by field after every edit.
   */
  private flatLocal(name: CollectionName, record: { id: string; updatedAt?: unknown; revision?: unknown }): FlatRecord {
    const agreed = this.base[name].get(record.id)
    // (A header agreed in the old one-value form of columns is flattened again, which moves the document to the merged form.)
    if (agreed && record.updatedAt !== undefined && agreed.updatedAt === record.updatedAt && agreed.revision === record.revision && !(name === 'overview' && 'columns' in agreed)) return agreed
    return name === 'overview' ? flattenOverview(record, agreed) : flatten(record)
  }

  /**
   * The records a step compares: those changed elsewhere, those the local write named, and
   * for each page it named, the rows the page holds now and held before (one that left was
   * deleted here, or moved to another page the same write named).
   */
  private idsToCompare(dirty: Record<CollectionName, Set<string>>, touched: LocalTouch | null, pages: ReadonlyMap<string, readonly string[]>): Record<CollectionName, Set<string>> {
    const ids = { overview: new Set(dirty.overview), rows: new Set(dirty.rows), statusLogs: new Set(dirty.statusLogs), snapshots: new Set(dirty.snapshots) }
    if (!touched || touched === 'all') return ids
    if (touched.overview) ids.overview.add(this.overviewId)
    for (const id of touched.statusLogs) ids.statusLogs.add(id)
    for (const id of touched.snapshots) ids.snapshots.add(id)
    for (const page of touched.pages) {
      for (const id of this.pageRows.get(page) ?? []) ids.rows.add(id)
      for (const id of pages.get(page) ?? []) ids.rows.add(id)
    }
    return ids
  }

  private decide(local: LocalRead, only: Record<CollectionName, Set<string>> | null, changedElsewhere: Record<CollectionName, Set<string>>, headerRead: boolean) {
    const write: Omit<LocalWrite, 'docState'> = { put: { overview: [], rows: [], statusLogs: [], snapshots: [] }, remove: { overview: [], rows: [], statusLogs: [], snapshots: [] } }
    const pushes: [CollectionName, string, Push][] = []
    const agreed: [CollectionName, string, FlatRecord | undefined][] = []
    const localFlat = Object.fromEntries(COLLECTIONS.map((name) => [name, new Map((local[name] as { id: string }[]).map((r) => [r.id, this.flatLocal(name, r)]))])) as Records
    // The overview was deleted in this browser: that is not a delete for everyone. Leave the shared document alone.
    if (headerRead && this.base.overview.has(this.overviewId) && !localFlat.overview.has(this.overviewId)) return { write, pushes, agreed }
    for (const name of COLLECTIONS) {
      const ids = only ? only[name] : new Set([...this.base[name].keys(), ...localFlat[name].keys(), ...this.view.records[name].keys()])
      for (const id of ids) {
        if (name === 'overview' && id !== this.overviewId) continue
        const before = localFlat[name].get(id)
        const agreedBefore = this.base[name].get(id)
        // Unchanged on both sides since they last agreed (see `mergeEvery`).
        if (agreedBefore && before === agreedBefore && !changedElsewhere[name].has(id) && !this.mergeEvery) continue
        const merged = mergeRecord(agreedBefore, before, this.view.records[name].get(id), this.readOnly, this.view.deleted[name].get(id))
        // The overview record is never deleted through sharing (see above).
        if (merged.push && !(name === 'overview' && merged.push.tombstone)) pushes.push([name, id, merged.push])
        const localChanged = name === 'overview' ? overviewChanged(merged.next, local.overview[0]) : merged.localChanged
        if (!localChanged) {
          agreed.push([name, id, merged.next])
          continue
        }
        if (!merged.next) {
          if (name !== 'overview') write.remove[name].push(id)
          agreed.push([name, id, undefined])
          continue
        }
        const record = name === 'overview' ? unflattenOverview(merged.next) : unflatten(merged.next)
        if (isPlainRecord(record) && recordIssue(name, record, this.overviewId) === null) {
          ;(write.put[name] as unknown[]).push(record)
          agreed.push([name, id, merged.next])
        } else agreed.push([name, id, before]) // not storable here (another app version?): kept as it is, never sent back
      }
    }
    return { write, pushes, agreed }
  }
}

/**
 * Whether the local header must be written: compared as records, since its document fields
 * differ from the local ones in ways that change nothing (a deleted column's tombstone, the
 * old one-value form of columns) and a column back after a delete takes the document's name.
 */
function overviewChanged(next: FlatRecord | undefined, local: object | undefined): boolean {
  if (!next || !local) return next !== local
  return !sameValue(unflattenOverview(next), unflattenOverview(flattenOverview(local, undefined)))
}

/** What to read for a step that is not a full one: the records changed elsewhere and those a local write named. */
function scopeOf(overviewId: string, dirty: Record<CollectionName, Set<string>>, touched: LocalTouch | null): ReadScope {
  const named = touched && touched !== 'all' ? touched : { overview: false, pages: [], statusLogs: [], snapshots: [] }
  return {
    // Read whenever this browser wrote: a header gone means the overview was deleted here, which is no delete for everyone.
    overview: touched || dirty.overview.size ? [overviewId] : [],
    rows: [...dirty.rows],
    pages: named.pages,
    statusLogs: [...new Set([...dirty.statusLogs, ...named.statusLogs])],
    snapshots: [...new Set([...dirty.snapshots, ...named.snapshots])],
  }
}

/** Two sets of local writes as one: 'all' wins, named records add up. */
function joinTouches(a: LocalTouch | null, b: LocalTouch): LocalTouch {
  if (a === 'all' || b === 'all') return 'all'
  if (!a) return b
  const union = (x: string[], y: string[]) => [...new Set([...x, ...y])]
  return { overview: a.overview || b.overview, pages: union(a.pages, b.pages), statusLogs: union(a.statusLogs, b.statusLogs), snapshots: union(a.snapshots, b.snapshots) }
}

function hasWrites(write: Omit<LocalWrite, 'docState'>): boolean {
  return COLLECTIONS.some((name) => write.put[name].length > 0 || write.remove[name].length > 0)
}
