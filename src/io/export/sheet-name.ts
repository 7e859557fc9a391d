/**
 * The Excel sheet name made from the overview's title. Excel refuses `[]:*?/\`, more than
 * 31 characters, a leading or trailing apostrophe, an empty name and "History". A long
 * title is shortened at a word boundary, with "…" when it fits, never cut inside a word
 * (only a first word longer than the limit is cut, having no boundary to cut at).
 */
import { fallbackSheetName, infoSheetName } from '../../strings/export'

const MAX_SHEET_NAME = 31
const ELLIPSIS = '…'
/** Left at the end of a shortened name, these read as a dangling half: "Bilag 1 –…". */
const TRAILING_JOINERS = /[\s\-–—,;.:&+'(]+$/u

export function sheetName(title: string): string {
  const cleaned = title.replace(/[/\\]/g, '-').replace(/[[\]:*?]/g, ' ').replace(/\s+/g, ' ').trim()
  const name = shorten(cleaned).replace(/^[' ]+|[' ]+$/g, '')
  const reserved = ['', 'history', infoSheetName.toLowerCase()]
  return reserved.includes(name.toLowerCase()) ? fallbackSheetName : name
}

function shorten(text: string): string {
  const chars = Array.from(text) // whole characters: an emoji is two UTF-16 units
  if (chars.length <= MAX_SHEET_NAME) return text
  // The longest run of whole words that fits with the ellipsis; then without it.
  for (const suffix of [ELLIPSIS, '']) {
    const room = MAX_SHEET_NAME - suffix.length
    const cut = chars.slice(0, room + 1).join('')
    const boundary = cut.lastIndexOf(' ')
    if (boundary > 0) {
      const words = cut.slice(0, boundary).replace(TRAILING_JOINERS, '')
      if (words) return words + suffix
    }
  }
  return chars.slice(0, MAX_SHEET_NAME - ELLIPSIS.length).join('') + ELLIPSIS
}
