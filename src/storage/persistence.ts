/** Persistent storage: asked for on the first save, so the browser does not evict the data under pressure. */
export type PersistenceState = 'granted' | 'denied' | 'unsupported'

export async function requestPersistence(): Promise<PersistenceState> {
  if (!navigator.storage?.persist) return 'unsupported'
  try {
    if (await navigator.storage.persisted()) return 'granted'
    return (await navigator.storage.persist()) ? 'granted' : 'denied'
  } catch {
    return 'unsupported'
  }
}

export async function currentPersistence(): Promise<PersistenceState> {
  if (!navigator.storage?.persisted) return 'unsupported'
  try {
    return (await navigator.storage.persisted()) ? 'granted' : 'denied'
  } catch {
    return 'unsupported'
  }
}
