/**
 * The lines above the table: a title ("Bilag 1 – overblik over indsatser") and
 * the a/b/c legend the committee reads the ABC column by. Legend items are
 * written "- a. …", "a) …", "A: …", "Kategori B – …"; a PDF copy may wrap an
 * item over several lines, so lines after an item (until the next) continue it.
 */
import type { Category, Legend } from '../../domain/model'
import { cleanCell, endsSentence, startsLowercase } from './text'

export interface Preamble {
  readonly title: string
  readonly legend: Legend
  readonly legendFound: boolean
  /** Every other line, in order: notes for the overview, never dropped silently. */
  readonly others: readonly string[]
}

const LEGEND_LINE = /^(?:[-–—•·*▪◦]\s*)?(?:kategori\s+)?([abc])(?:\s*[.):]|\s+[-–—])\s*(\S.*)$/i
/** The overview title is limited to 300 characters in the model; longer lines are prose. */
const MAX_TITLE = 300

/**
 * `outside`: paragraphs before an HTML table; `inside`: the table's own rows above
 * its header (text, CSV and sheets have only these). A title inside the table wins:
 * a spreadsheet exported to HTML has sheet names ("Sheet 2: Bilag 1") outside it.
 */
export function readPreamble(outside: readonly string[], inside: readonly string[]): Preamble {
  const parts: Record<Category, string[]> = { A: [], B: [], C: [] }
  const titles = ['', '']
  const others: string[][] = [[], []]
  let current: Category | null = null
  let legendFound = false
  const groups = [outside, inside]
  groups.forEach((lines, group) => {
    for (const raw of lines) {
      const line = cleanCell(raw)
      if (line === '') continue
      const m = LEGEND_LINE.exec(line)
      const letter = m?.[1]?.toUpperCase() as Category | undefined
      if (m && letter && parts[letter].length === 0) {
        current = letter
        legendFound = true
        parts[letter].push(m[2] ?? '')
      } else if (current && (startsLowercase(line) || !endsSentence(parts[current].at(-1) ?? ''))) {
        parts[current].push(line)
      } else if (titles[group] === '' && line.length <= MAX_TITLE) {
        titles[group] = line
      } else {
        others[group]?.push(line)
      }
    }
  })
  return {
    title: titles[1] || titles[0] || '',
    others: [...(others[0] ?? []), ...(others[1] ?? [])],
    legend: { A: parts.A.join(' '), B: parts.B.join(' '), C: parts.C.join(' ') },
    legendFound,
  }
}
