// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { openDatabase } from '../../src/storage/db'
import { setHealth, watchHealth } from '../../src/storage/health'
import { renderHook } from '@testing-library/react'
import { useStorageHealth } from '../../src/storage/health'

const names: string[] = []
afterEach(async () => {
  setHealth('ok')
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)))
})

function rawOpen(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

describe('storage health', () => {
  it('reports a blocked upgrade while an old connection holds on, and clears when it lets go', async () => {
    const name = `health-${crypto.randomUUID()}`
    names.push(name)
    const old = await rawOpen(name, 1) // an old tab that ignores versionchange
    const db = openDatabase(name)
    watchHealth(db)
    const states: string[] = []
    const opening = db.open()
    await new Promise((resolve) => setTimeout(resolve, 50))
    states.push(currentHealth())
    old.close()
    await opening
    states.push(currentHealth())
    db.close()
    expect(states).toEqual(['blocked', 'ok'])
  })

  it('tells an old tab to reload when a newer one upgrades the database', async () => {
    const name = `health-${crypto.randomUUID()}`
    names.push(name)
    const db = openDatabase(name)
    watchHealth(db)
    await db.open()
    const newer = await rawOpen(name, 1000)
    expect(currentHealth()).toBe('outdated')
    newer.close()
  })
})

function currentHealth(): string {
  const { result, unmount } = renderHook(() => useStorageHealth())
  const value = result.current
  unmount()
  return value
}
