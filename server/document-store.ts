/**
 * Each overview's Yjs document as one file, `SYNC_DATA/documents/<overview id>.ydoc`
 * (format: document-file.ts), written atomically. Only names matching the protocol's
 * overview id pattern ever reach the file system, so no name can point outside the folder.
 */
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isOverviewId } from '../src/domain/sync-protocol.ts'
import { isErrorCode, removeStaleTempFiles, writeFileAtomic } from './atomic-file.ts'
import { decodeDocumentFile, encodeDocumentFile } from './document-file.ts'

export type ReadDocumentResult =
  /** `update` is null for an overview that has never been stored: it starts empty. */
  | { ok: true; update: Uint8Array | null }
  | { ok: false; code: 'document-unreadable'; file: string; detail: string }

export class DocumentStore {
  constructor(readonly folder: string) {}

  /** Creates the folder if missing; returns the names of temporary files a crash left. */
  async open(): Promise<string[]> {
    await mkdir(this.folder, { recursive: true, mode: 0o700 })
    return removeStaleTempFiles(this.folder)
  }

  fileOf(name: string): string {
    if (!isOverviewId(name)) throw new Error(`Not an overview id: ${JSON.stringify(name)}`)
    return join(this.folder, `${name}.ydoc`)
  }

  async read(name: string): Promise<ReadDocumentResult> {
    const file = this.fileOf(name)
    let bytes: Buffer
    try {
      bytes = await readFile(file)
    } catch (error) {
      if (isErrorCode(error, 'ENOENT')) return { ok: true, update: null }
      return { ok: false, code: 'document-unreadable', file, detail: error instanceof Error ? error.message : String(error) }
    }
    const decoded = decodeDocumentFile(bytes)
    return decoded.ok ? { ok: true, update: decoded.update } : { ok: false, code: 'document-unreadable', file, detail: decoded.problem }
  }

  async write(name: string, update: Uint8Array): Promise<void> {
    await writeFileAtomic(this.fileOf(name), encodeDocumentFile(update))
  }
}
