/**
 * The 19 deadline texts of the seed Bilag 1 read exactly as bilag1.expected.json says
 * (reference 2021-01-20); `matched` is not in the fixture, so it is checked to be a
 * piece of the text instead.
 */
import { describe, it, expect } from 'vitest'
import { parseDeadline } from '../../../src/domain/deadline'
import fixture from '../../fixtures/bilag1.expected.json'
import { expectReading, type Reading } from './helpers'

describe('Bilag 1 deadline texts', () => {
  it('has all 19 rows', () => {
    expect(fixture.initiatives).toHaveLength(19)
  })

  it.each(fixture.initiatives.map((row, index) => [index + 1, row.deadlineText, row.deadline as Reading] as const))(
    'row %i: %s',
    (_row, text, expected) => {
      expectReading(text, parseDeadline(text, { reference: fixture.reference }), expected)
    },
  )
})
