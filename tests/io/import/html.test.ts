// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'
import { importClipboard, importHtml } from '../../../src/io/import'
import { cellText, readHtmlTable } from '../../../src/io/import/html'
import { unwrap } from './helpers'

const header = '<tr><th>Indsatsområde</th><th>ABC</th><th>Indsats</th><th>Hvordan implementeres det</th><th>Hvornår forventes det implementeret</th></tr>'

describe('reading clipboard HTML', () => {
  it('parses inertly: scripts do not run, handlers do not fire, their text is not content', async () => {
    const spy = vi.fn()
    ;(globalThis as Record<string, unknown>)['__pwned'] = spy
    const html = `<script>__pwned()</script><table>${header}
      <tr><td>Tilsyn<img src="x" onerror="__pwned()"></td><td>A</td><td>Titel<script>__pwned('x')</script></td>
      <td><style>p{color:red}</style>Metode</td><td>Februar 2021</td></tr></table>`
    const plan = unwrap(importHtml(html))
    await new Promise((r) => setTimeout(r, 20))
    expect(spy).not.toHaveBeenCalled()
    expect(plan.rows[0]).toMatchObject({ area: 'Tilsyn', title: 'Titel', method: 'Metode' })
    expect(document.body.innerHTML).toBe('')
  })

  it("reads Excel's clipboard: <br> line breaks, &nbsp;, mso attributes", () => {
    const html = `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body link="#0563C1">
      <table border=0 cellpadding=0 cellspacing=0 width=600 style='border-collapse:collapse'>
      <!--StartFragment-->
      <tr height=20><td height=20 class=xl65>Indsatsområde</td><td class=xl65>ABC</td><td>Indsats</td><td>Hvordan implementeres det</td><td>Hvornår forventes det implementeret</td></tr>
      <tr height=40><td rowspan=2 class=xl66 style='height:40.0pt'>Central<br>understøttelse</td><td>A</td>
        <td class=xl67 width=200 style='width:150pt'>Ny&nbsp;HR-Enhed</td>
        <td>Samling af HR-opgaver<br style='mso-data-placement:same-cell' />i BUF</td><td>1. januar 2021</td></tr>
      <tr><td>B</td><td>Understøttelse</td><td>Forvaltningen tilpasser</td><td>Februar 2021</td></tr>
      <!--EndFragment--></table></body></html>`
    const plan = unwrap(importClipboard({ html, text: 'ignored' }))
    expect(plan.rows.map((r) => [r.area, r.category, r.title, r.method])).toEqual([
      ['Central understøttelse', 'A', 'Ny HR-Enhed', 'Samling af HR-opgaver i BUF'],
      ['Central understøttelse', 'B', 'Understøttelse', 'Forvaltningen tilpasser'],
    ])
    expect(plan.rows[1]?.notes).toEqual([])
  })

  it('joins Word paragraphs in a cell with a space and drops empty ones', () => {
    const td = document.createElement('td')
    td.innerHTML = `<p class=MsoNormal>Første<o:p></o:p></p>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p><p>anden
      linje</p>tredje<div><span>fjerde</span></div>`
    expect(cellText(td)).toBe('Første anden linje tredje fjerde')
  })

  it('lays out rowspan and colspan on a grid; a full-width row is an area heading', () => {
    const html = `<table>${header}
      <tr><td colspan=5>Central understøttelse</td></tr>
      <tr><td></td><td rowspan=2>A</td><td>Ny HR-Enhed</td><td colspan=2>Samling</td></tr>
      <tr><td></td><td>Inddragelse</td><td>Forvaltningen</td><td>Marts 2021</td></tr>
      <tr><td>Praksis</td><td>C</td><td>Klageenhed</td><td>Forslag</td><td>Budget 22</td></tr></table>`
    const table = unwrap(readHtmlTable(html))
    expect(table.rows[1]?.cells).toEqual(['Central understøttelse', '', '', '', ''])
    expect(table.rows[3]).toEqual({ cells: ['', 'A', 'Inddragelse', 'Forvaltningen', 'Marts 2021'], spanned: [1] })
    const plan = unwrap(importHtml(html))
    expect(plan.rows.map((r) => [r.area, r.category, r.title, r.deadlineText])).toEqual([
      ['Central understøttelse', 'A', 'Ny HR-Enhed', ''],
      ['Central understøttelse', 'A', 'Inddragelse', 'Marts 2021'],
      ['Praksis', 'C', 'Klageenhed', 'Budget 22'],
    ])
  })

  it('takes the biggest outer table and ignores nested ones', () => {
    const html = `<table><tr><td>Logo</td><td>Kommune</td></tr></table>
      <p>Bilag 3 – overblik</p><p>A: Klar</p>
      <table>${header}<tr><td>Tilsyn</td><td>A</td><td>Titel<table><tr><td>indlejret</td></tr></table></td><td>M</td><td>2021</td></tr>
      <tr><td></td><td>B</td><td>To</td><td>M2</td><td>2022</td></tr></table>`
    const plan = unwrap(importHtml(html))
    expect(plan.title).toBe('Bilag 3 – overblik')
    expect(plan.legend.A).toBe('Klar')
    expect(plan.rows.map((r) => r.title)).toEqual(['Titel indlejret', 'To'])
  })

  it('says no-table when there is none, and accepts a DOMParser passed in', () => {
    expect(importHtml('<p>Bilag 1</p><p>ingen tabel</p>')).toEqual({ ok: false, code: 'no-table' })
    const parse = vi.fn((s: string, t: DOMParserSupportedType) => new DOMParser().parseFromString(s, t))
    unwrap(importHtml(`<table>${header}<tr><td>X</td><td>A</td><td>T</td><td>M</td><td>2021</td></tr></table>`, { parser: { parseFromString: parse } }))
    expect(parse).toHaveBeenCalledOnce()
  })
})
