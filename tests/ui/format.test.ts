import { describe, expect, it } from 'vitest'
import { formatDanishDate, formatDanishDateTime } from '../../src/ui/format'

describe('Danish dates', () => {
  it.each([
    ['2021-01-20', '20. januar 2021'],
    ['2021-03-01', '1. marts 2021'],
    ['2024-02-29', '29. februar 2024'],
    ['2021-12-31T23:59:00.000Z', '31. december 2021'],
    ['2021-02-29', '2021-02-29'],
    ['2021-13-01', '2021-13-01'],
    ['', ''],
    ['ukendt', 'ukendt'],
  ])('formatDanishDate(%j) is %j', (iso, expected) => {
    expect(formatDanishDate(iso)).toBe(expected)
  })

  it.each([
    [new Date(2026, 10, 22, 10, 15), '22. november 2026 kl. 10.15'],
    [new Date(2021, 0, 5, 8, 3), '5. januar 2021 kl. 08.03'],
  ])('formatDanishDateTime(%s) is %j', (date, expected) => {
    expect(formatDanishDateTime(date.toISOString())).toBe(expected)
  })

  it('shows an unreadable timestamp as given', () => {
    expect(formatDanishDateTime('i går')).toBe('i går')
  })
})
