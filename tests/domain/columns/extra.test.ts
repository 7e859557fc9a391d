import { describe, expect, it } from 'vitest'
import { columnNameIssue, extraIssues, extraValueIssue, parseDanishNumber, readExtraValue } from '../../../src/domain/columns/extra'
import { fieldErrors } from '../../../src/strings/field-errors'
import { columnErrors } from '../../../src/strings/columns'

describe('Danish numbers', () => {
  it.each([
    ['12.500', 12500], ['3,5', 3.5], ['-12.500,75', -12500.75], ['1 000', 1000], ['3.5', 3.5], ['0', 0], ['1.234.567', 1234567],
    ['abc', null], ['', null], ['1,2,3', null], ['12.50.0', null], ['1e5', null],
  ])('"%s" reads as %s', (text, expected) => {
    expect(parseDanishNumber(text)).toBe(expected)
  })
})

describe('extra values by type', () => {
  it.each([
    ['number', '12.500,5', { ok: true, value: 12500.5 }],
    ['number', 'mange', { ok: false, code: 'number' }],
    ['date', '20.01.2021', { ok: true, value: '2021-01-20' }],
    ['date', '31.02.2021', { ok: false, code: 'date' }],
    ['text', '  Afd. 3 ', { ok: true, value: 'Afd. 3' }],
    ['number', '   ', { ok: true, value: undefined }],
  ] as const)('%s "%s"', (type, text, expected) => {
    expect(readExtraValue(type, text)).toEqual(expected)
  })

  it('gives each value code one Danish sentence', () => {
    expect(fieldErrors['extra-number']).toBe('Skriv et tal, fx 12.500 eller 3,5.')
    expect(fieldErrors['extra-date']).toBe('Skriv en gyldig dato som dd.mm.åååå.')
  })

  it('checks stored values against their column, and refuses an unknown column rather than drop it', () => {
    expect(extraValueIssue({ type: 'number' }, '12')).toBe('number')
    expect(extraValueIssue({ type: 'date' }, '2021-02-30')).toBe('date')
    expect(extraValueIssue({ type: 'date' }, '2021-02-28')).toBeNull()
    expect(extraIssues([{ id: 'xa', name: 'A', type: 'text' }], { xa: 'ok', xb: 'lost?' })).toEqual([{ columnId: 'xb', code: 'unknown-column' }])
  })
})

describe('column names', () => {
  it.each([
    ['', 'name-empty'], ['   ', 'name-empty'], ['x'.repeat(61), 'name-too-long'], ['x'.repeat(60), null],
    ['status', 'name-taken'], ['BUDGET', 'name-taken'], ['Økonomi', null],
  ] as const)('"%s" → %s', (name, expected) => {
    expect(columnNameIssue(name, ['Status', 'Budget'])).toBe(expected)
    if (expected) expect(columnErrors[expected]).toMatch(/\.$/)
  })
})
