// A 5,000-row paste with the PDF quirks of bilag1.txt in every row: correctness at size
// (speed is measured separately, not asserted in a test).
import { describe, expect, it } from 'vitest'
import { importText, toDrafts } from '../../../src/io/import'
import { seed, unwrap } from './helpers'

const N = 5000

function paste(): { text: string; titles: string[] } {
  const lines = ['Bilag 7 – stor oversigt', '', 'indsatsområde\tABC\tIndsats\tHvordan implementeres det\tHvornår forventes det implementeret']
  const titles: string[] = []
  for (let i = 0; i < N; i++) {
    const cat = 'ABC'[i % 3]!
    const title = `Indsats nummer ${i} om "forældreinddragelse"`
    titles.push(i % 4 === 2 ? `${title} og mere tekst` : title)
    switch (i % 4) {
      case 0: // a new area, aligned
        lines.push(`Område ${i}\t${cat}\t${title}\tMetode ${i}.\tApril/maj 2021`)
        break
      case 1: // shifted left, stray empty cell (bilag1.txt line 13)
        lines.push(`${cat}\t${title}\tMetode ${i}.\t\tFebruar 2021`)
        break
      case 2: // a continuation line, after a blank line (bilag1.txt line 17)
        lines.push(`\t${cat}\t${title}\tMetode ${i}\tMedio 2021`, '', `\t\tog mere tekst\tfortsat.\t`)
        break
      default: // empty area, aligned
        lines.push(`\t${cat}\t${title}\tMetode ${i}.\tEr implementeret`)
    }
  }
  return { text: lines.join('\r\n'), titles }
}

describe(`a ${N.toLocaleString('en')}-row paste`, () => {
  it('imports every row correctly', () => {
    const { text, titles } = paste()
    const plan = unwrap(importText(text))
    expect(plan.title).toBe('Bilag 7 – stor oversigt')
    expect(plan.rows).toHaveLength(N)
    expect(plan.rows.map((r) => r.title)).toEqual(titles)
    expect(plan.rows[2]).toMatchObject({ area: 'Område 0', category: 'C', method: 'Metode 2 fortsat.', deadlineText: 'Medio 2021' })
    expect(plan.rows[4997]).toMatchObject({ area: 'Område 4996', category: 'C', method: 'Metode 4997.', deadlineText: 'Februar 2021' })
    const out = unwrap(toDrafts(plan, { reference: '2021-01-20' }))
    expect(out.rows).toHaveLength(N)
    expect(out.rows.filter((d) => d.status === 'implemented')).toHaveLength(N / 4)
  })

  it('the seed repeated 100 times still gives 1,900 rows', () => {
    const body = seed.slice(seed.indexOf('\nTilsyn'))
    const plan = unwrap(importText(seed + body.repeat(99)))
    expect(plan.rows).toHaveLength(1900)
  })
})
