import { describe, expect, it } from 'vitest'
import example from '../../src/app/example/bilag1.json'
import expected from '../fixtures/bilag1.expected.json'

describe('the bundled Bilag 1 example', () => {
  it('equals the expected import of the seed (title, legend, meeting date, every text)', () => {
    expect(example.title).toBe(expected.title)
    expect(example.legend).toEqual(expected.legend)
    expect(example.meetingDate).toBe(expected.reference)
    expect(example.initiatives).toEqual(
      expected.initiatives.map(({ area, category, title, method, deadlineText }) => ({ area, category, title, method, deadlineText })),
    )
  })
})
