/**
 * What the app should tell the user about the database itself:
 * - 'blocked': this tab wants a newer schema but an old tab still holds the database open;
 * - 'outdated': another tab has upgraded the database, so this (older) tab must reload;
 * - 'unavailable': IndexedDB cannot be opened at all (private window, policy, broken profile).
 * The app keeps showing what it has; writes fail cleanly with a message until it is fixed.
 */
import { useSyncExternalStore } from 'react'
import type Dexie from 'dexie'

export type StorageHealth = 'ok' | 'blocked' | 'outdated' | 'unavailable'

let health: StorageHealth = 'ok'
const listeners = new Set<() => void>()

export function setHealth(next: StorageHealth): void {
  if (next === health) return
  health = next
  listeners.forEach((listener) => listener())
}

export function watchHealth(db: Dexie): void {
  db.on('blocked', () => setHealth('blocked'))
  db.on('versionchange', (event) => {
    // A newer tab is upgrading (or deleting) the database: Dexie closes this
    // connection; this tab's code no longer matches the data, so it must reload.
    if (event.newVersion !== null) setHealth('outdated')
  })
  db.on('ready', () => {
    if (health === 'blocked') setHealth('ok')
  })
}

export function useStorageHealth(): StorageHealth {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => health,
  )
}
