/** The stored document's bytes: a Yjs state that survives a round trip, and damage that never passes. */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { decodeDocumentFile, encodeDocumentFile } from '../../server/document-file.ts'

const state = (() => {
  const doc = new Y.Doc()
  doc.getMap('fields').set('title', 'Bilag 1 – overblik over indsatser')
  doc.getArray('rows').push(['Ny HR-Enhed', 'Rekruttering', 'April/maj 2021'])
  return Y.encodeStateAsUpdate(doc)
})()
const good = encodeDocumentFile(state)

describe('document file', () => {
  it('gives back exactly the state it was given', () => {
    const decoded = decodeDocumentFile(good)
    expect(decoded).toEqual({ ok: true, update: state })
    const doc = new Y.Doc()
    Y.applyUpdate(doc, (decoded as { update: Uint8Array }).update)
    expect(doc.getMap('fields').get('title')).toBe('Bilag 1 – overblik over indsatser')
  })

  it('stores an empty document too', () => {
    const empty = Y.encodeStateAsUpdate(new Y.Doc())
    expect(decodeDocumentFile(encodeDocumentFile(empty))).toEqual({ ok: true, update: empty })
  })

  it.each([
    ['empty', Buffer.alloc(0), 'not-a-document'],
    ['a bare Yjs update (no header)', Buffer.from(state), 'not-a-document'],
    ['only the header', good.subarray(0, 40), 'checksum-mismatch'],
    ['cut by one byte', good.subarray(0, good.length - 1), 'checksum-mismatch'],
    ['one more byte', Buffer.concat([good, Buffer.from([0])]), 'checksum-mismatch'],
    ['header cut short', good.subarray(0, 20), 'not-a-document'],
    ['a future format version', Buffer.concat([Buffer.from('INDSYNC\x02', 'latin1'), good.subarray(8)]), 'not-a-document'],
  ])('refuses a file that is %s', (_label, bytes, problem) => {
    expect(decodeDocumentFile(bytes)).toEqual({ ok: false, problem })
  })

  it('refuses every single flipped bit', () => {
    for (let byte = 0; byte < good.length; byte++) {
      for (let bit = 0; bit < 8; bit++) {
        const damaged = Buffer.from(good)
        damaged[byte]! ^= 1 << bit
        expect(decodeDocumentFile(damaged).ok).toBe(false)
      }
    }
  })
})
