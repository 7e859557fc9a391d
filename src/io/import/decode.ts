/**
 * Bytes → text for CSV/TSV/TXT files. Danish Excel writes CSV in Windows-1252
 * unless told otherwise, "Unicode text" in UTF-16LE with a BOM, and newer
 * versions UTF-8 with a BOM; LibreOffice writes plain UTF-8. Order: BOM, then a
 * strict UTF-8 attempt (valid UTF-8 is almost never accidental), then cp1252,
 * which maps every byte and so always succeeds.
 */
import { fail, ok, type Encoding, type ImportResult } from './types'

export interface Decoded {
  readonly text: string
  readonly encoding: Encoding
}

export function decodeBytes(bytes: Uint8Array): ImportResult<Decoded> {
  const b0 = bytes[0]
  const b1 = bytes[1]
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return strict('utf-8', bytes.subarray(3))
  if (b0 === 0xff && b1 === 0xfe) return strict('utf-16le', bytes.subarray(2))
  if (b0 === 0xfe && b1 === 0xff) return strict('utf-16be', bytes.subarray(2))
  const guessed = guessUtf16WithoutBom(bytes)
  if (guessed) return strict(guessed, bytes)
  if (hasNul(bytes)) return fail('unreadable', 'binary')
  const utf8 = strict('utf-8', bytes)
  if (utf8.ok) return utf8
  return ok({ text: decodeWindows1252(bytes), encoding: 'windows-1252' })
}

// 0x80–0x9F of Windows-1252 (0 = undefined there; kept as the C1 code point, which
// cleanCell drops). Decoded by hand: Node 20's TextDecoder reads 'windows-1252' as
// Latin-1, turning "–" (0x96) and "€" (0x80) into invisible control characters.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
]

export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = []
  const CHUNK = 8192
  const codes = new Uint16Array(CHUNK)
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK)
    for (let i = start; i < end; i++) {
      const b = bytes[i] ?? 0
      codes[i - start] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] || b : b
    }
    chunks.push(String.fromCharCode(...codes.subarray(0, end - start)))
  }
  return chunks.join('')
}

function strict(encoding: Encoding, bytes: Uint8Array): ImportResult<Decoded> {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
    if (text.includes('\u0000')) return fail('unreadable', 'binary')
    return ok({ text, encoding })
  } catch {
    return fail('encoding', encoding)
  }
}

/**
 * UTF-16 without a BOM (rare, but some exporters write it): text in the Latin
 * range has a zero in every other byte. Look at the first 4 kB only.
 */
function guessUtf16WithoutBom(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 4) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++
    if (bytes[i + 1] === 0) oddZeros++
  }
  const pairs = n / 2
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le'
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be'
  return null
}

function hasNul(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192)
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true
  return false
}
