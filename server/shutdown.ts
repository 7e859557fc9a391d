/**
 * Stores every loaded document before the server stops: Hocuspocus writes a document a
 * moment after its last change (debounced), so a stop without this could lose that moment.
 */
import type { Hocuspocus } from '@hocuspocus/server'
import type { Log } from './log.ts'
import type { SyncExtension } from './sync-extension.ts'

export async function storeAll(hocuspocus: Hocuspocus, extension: SyncExtension, log: Log): Promise<boolean> {
  let allStored = true
  let count = 0
  for (const [name, document] of hocuspocus.documents) {
    // A document still loading has no changes yet, and writing it could replace a good
    // file with an empty document.
    if (document.isLoading) continue
    // Runs (and so cancels) a pending debounced write, then writes once more under the
    // document's own lock, whatever that write's outcome was.
    await hocuspocus.debouncer.executeNow(`onStoreDocument-${name}`)
    const stored = await document.saveMutex.runExclusive(() => extension.storeNow(name, document))
    allStored &&= stored
    count += 1
  }
  log.info(`Stored ${count} open overview(s)${allStored ? '' : '; at least one could not be stored, see above'}.`)
  return allStored
}
