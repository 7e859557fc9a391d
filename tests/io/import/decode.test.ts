import { describe, expect, it } from 'vitest'
import { decodeBytes, decodeWindows1252 } from '../../../src/io/import/decode'
import { unwrap } from './helpers'

const text = 'Område;ABC;Indsats – “Ny HR-Enhed” 5 €\r\nSæt;Ø;å'

function utf16(s: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2)
  const view = new DataView(out.buffer)
  let o = 0
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian)
    o = 2
  }
  for (let i = 0; i < s.length; i++) view.setUint16(o + i * 2, s.charCodeAt(i), littleEndian)
  return out
}

function cp1252(s: string): Uint8Array {
  const high: Record<string, number> = { '–': 0x96, '“': 0x93, '”': 0x94, '€': 0x80 }
  return Uint8Array.from([...s].map((ch) => high[ch] ?? ch.charCodeAt(0)))
}

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode(text)
    expect(unwrap(decodeBytes(bytes))).toEqual({ text, encoding: 'utf-8' })
    expect(unwrap(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes])))).toEqual({ text, encoding: 'utf-8' })
  })

  it('reads UTF-16 LE and BE by their BOM, and LE without one', () => {
    expect(unwrap(decodeBytes(utf16(text, true, true)))).toEqual({ text, encoding: 'utf-16le' })
    expect(unwrap(decodeBytes(utf16(text, false, true)))).toEqual({ text, encoding: 'utf-16be' })
    expect(unwrap(decodeBytes(utf16(text, true, false)))).toEqual({ text, encoding: 'utf-16le' })
  })

  it('falls back to Windows-1252 when the bytes are not UTF-8, with the real cp1252 punctuation', () => {
    expect(unwrap(decodeBytes(cp1252(text)))).toEqual({ text, encoding: 'windows-1252' })
  })

  it('decodes Windows-1252 by hand in large chunks', () => {
    const long = 'æøå–'.repeat(10_000)
    expect(decodeWindows1252(cp1252(long))).toBe(long)
  })
})
