import { describe, expect, it } from 'vitest'
import { exportFileName } from '../../../src/io/export'

describe('exportFileName', () => {
  it('joins the title and the date, keeping æøå and the en dash', () => {
    expect(exportFileName('Bilag 1 – overblik over indsatser', '2021-01-20', 'docx')).toBe(
      'Bilag 1 – overblik over indsatser 2021-01-20.docx',
    )
    expect(exportFileName('Børne- og Ungdomsudvalget', '2021-01-20', '.xlsx')).toBe('Børne- og Ungdomsudvalget 2021-01-20.xlsx')
  })

  it('replaces characters file systems refuse and control characters', () => {
    expect(exportFileName('Plan 2021/22: "A|B" <udkast>?*\\', '2021-01-20', 'csv')).toBe('Plan 2021 22 A B udkast 2021-01-20.csv')
    expect(exportFileName('Linje\nto\tfaner\u0000\u007f', '2021-01-20', 'csv')).toBe('Linje to faner 2021-01-20.csv')
  })

  it('drops leading dots and trailing dots and spaces, and falls back when nothing is left', () => {
    expect(exportFileName('..skjult. . ', '2021-01-20', 'json')).toBe('skjult 2021-01-20.json')
    expect(exportFileName('<>:"/\\|?*', '2021-01-20', 'json')).toBe('Oversigt 2021-01-20.json')
  })

  it('shortens a very long title without splitting a character', () => {
    const name = exportFileName('æ'.repeat(500), '2021-01-20', 'docx')
    expect(name).toBe(`${'æ'.repeat(120)} 2021-01-20.docx`)
  })
})

describe('exportFileName of a selection', () => {
  it.each([
    ['docx', 'Bilag 1 – overblik over indsatser (udsnit) 2026-12-14.docx'],
    ['xlsx', 'Bilag 1 – overblik over indsatser (udsnit) 2026-12-14.xlsx'],
    ['csv', 'Bilag 1 – overblik over indsatser (udsnit) 2026-12-14.csv'],
  ])('says "(udsnit)" before the date (%s)', (ext, expected) => {
    expect(exportFileName('Bilag 1 – overblik over indsatser', '2026-12-14', ext, true)).toBe(expected)
  })

  it('leaves the whole overview’s name alone', () => {
    expect(exportFileName('Bilag 1 – overblik over indsatser', '2026-12-14', 'docx', false)).toBe('Bilag 1 – overblik over indsatser 2026-12-14.docx')
  })

  it('falls back to the plain title word when the title leaves nothing', () => {
    expect(exportFileName('***', '2026-12-14', 'csv', true)).toBe('Oversigt (udsnit) 2026-12-14.csv')
  })
})
