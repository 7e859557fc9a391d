/** Ids and timestamps for new records; the storage layer is where the clock is read. */
export const newId = (): string => crypto.randomUUID()
export const nowIso = (): string => new Date().toISOString()
