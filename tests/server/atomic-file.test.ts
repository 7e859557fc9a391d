/**
 * Document files are replaced atomically: a reader (or a crash) at any moment sees the old
 * file or the new one, never a part; a failed write leaves nothing behind; temporary files
 * a crash left are cleared at start.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { removeStaleTempFiles, writeFileAtomic } from '../../server/atomic-file.ts'
import { decodeDocumentFile, encodeDocumentFile } from '../../server/document-file.ts'
import { DocumentStore } from '../../server/document-store.ts'
import { makeDataDir } from './harness.ts'

const cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step()
})
async function folder(): Promise<string> {
  const data = await makeDataDir()
  cleanup.push(data.remove)
  return data.dir
}

describe('writeFileAtomic', () => {
  it('never lets a reader see a half-written file', async () => {
    const file = join(await folder(), 'doc.ydoc')
    const small = encodeDocumentFile(new Uint8Array(1024).fill(1))
    const large = encodeDocumentFile(new Uint8Array(2 * 1024 * 1024).fill(2))
    await writeFileAtomic(file, small)
    let writing = true
    let reads = 0
    const reader = (async () => {
      while (writing) {
        const decoded = decodeDocumentFile(await readFile(file))
        expect(decoded.ok).toBe(true)
        reads += 1
      }
    })()
    for (let i = 0; i < 60; i++) await writeFileAtomic(file, i % 2 ? small : large)
    writing = false
    await reader
    expect(reads).toBeGreaterThan(0)
  })

  it('writes the file readable by the server alone, and leaves no temporary file', async () => {
    const dir = await folder()
    await writeFileAtomic(join(dir, 'users.json'), '{}')
    expect((await stat(join(dir, 'users.json'))).mode & 0o777).toBe(0o600)
    expect(await readdir(dir)).toEqual(['users.json'])
  })

  it('leaves the target as it was and no temporary file when the write fails', async () => {
    const dir = await folder()
    // A folder in the way: the rename fails.
    await mkdir(join(dir, 'doc.ydoc'))
    await expect(writeFileAtomic(join(dir, 'doc.ydoc'), 'data')).rejects.toThrow()
    expect(await readdir(dir)).toEqual(['doc.ydoc'])
    expect((await stat(join(dir, 'doc.ydoc'))).isDirectory()).toBe(true)
  })
})

describe('after a crash', () => {
  it('the document store removes unfinished temporary files when it opens, and nothing else', async () => {
    const dir = await folder()
    await writeFile(join(dir, 'abc-1.ydoc'), encodeDocumentFile(new Uint8Array([0, 0])))
    await writeFile(join(dir, '.abc-1.ydoc.4242.0a1b2c3d4e5f.tmp'), 'half a docu')
    expect(await new DocumentStore(dir).open()).toEqual(['.abc-1.ydoc.4242.0a1b2c3d4e5f.tmp'])
    expect(await readdir(dir)).toEqual(['abc-1.ydoc'])
    expect(await removeStaleTempFiles(dir)).toEqual([])
  })
})
