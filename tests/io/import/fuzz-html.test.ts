// @vitest-environment jsdom
// Random tables with random rowspan/colspan: the HTML path answers with data and the
// grid it lays out is rectangular enough for repair (jsdom is slow, so few runs).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { IMPORT_ERROR_CODES, importHtml } from '../../../src/io/import'
import { readHtmlTable } from '../../../src/io/import/html'

const td = fc.record({
  tag: fc.constantFrom('td', 'th', 'td'),
  text: fc.oneof(fc.constantFrom('', 'A', 'B', 'Indsats', 'Område', '<p>a</p><p>b</p>', '&nbsp;', '<br>'), fc.string({ maxLength: 8 })),
  rowspan: fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 4 }), fc.constantFrom('x', '-3', '99999')),
  colspan: fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 4 }), fc.constantFrom('x', '1000')),
})
const html = fc
  .array(fc.array(td, { maxLength: 6 }), { maxLength: 12 })
  .map(
    (rows) =>
      '<p>Titel</p><table>' +
      rows
        .map((r) => '<tr>' + r.map((c) => `<${c.tag} rowspan="${c.rowspan}" colspan="${c.colspan}">${c.text}</${c.tag}>`).join('') + '</tr>')
        .join('') +
      '</table>',
  )

describe('fuzzing the HTML path', () => {
  it('never throws, and lays out spans within the caps', () => {
    fc.assert(
      fc.property(html, (source) => {
        const r = importHtml(source)
        if (!r.ok) expect(IMPORT_ERROR_CODES).toContain(r.code)
        const grid = readHtmlTable(source)
        if (grid.ok) for (const row of grid.value.rows) expect(row.cells.length).toBeLessThanOrEqual(100)
      }),
      { numRuns: 60 },
    )
  })
})
