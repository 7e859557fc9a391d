/**
 * The bytes of one stored overview document: a header, a checksum and the Yjs state.
 *
 *   8 bytes   "INDSYNC" and format version 1
 *   32 bytes  SHA-256 of the state below
 *   rest      the whole document as one Yjs update (Y.encodeStateAsUpdate, v1 encoding)
 *
 * Yjs updates carry no checksum of their own: a flipped byte inside a text can decode
 * without error into silently wrong data, and a truncated file may decode in part. The
 * checksum turns both into a clear "unreadable" before Yjs sees the bytes.
 */
import { createHash } from 'node:crypto'

const MAGIC = Buffer.from('INDSYNC\x01', 'latin1')
const HASH_LENGTH = 32
const HEADER_LENGTH = MAGIC.length + HASH_LENGTH

export type DecodedDocumentFile = { ok: true; update: Uint8Array } | { ok: false; problem: 'not-a-document' | 'checksum-mismatch' }

export function encodeDocumentFile(update: Uint8Array): Buffer {
  return Buffer.concat([MAGIC, sha256(update), update])
}

export function decodeDocumentFile(bytes: Uint8Array): DecodedDocumentFile {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (file.length < HEADER_LENGTH || !file.subarray(0, MAGIC.length).equals(MAGIC)) return { ok: false, problem: 'not-a-document' }
  const update = file.subarray(HEADER_LENGTH)
  if (!sha256(update).equals(file.subarray(MAGIC.length, HEADER_LENGTH))) return { ok: false, problem: 'checksum-mismatch' }
  return { ok: true, update: new Uint8Array(update) }
}

const sha256 = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest()
