import { expect } from 'vitest'
import type { Deadline, Precision } from '../../../src/domain/deadline'

/** A reading without `matched`, the way the fixtures and tables state it. */
export type Reading =
  | { kind: 'date'; start: string; end: string; precision: Precision }
  | { kind: 'done' | 'ongoing'; start?: string; end?: string; precision?: Precision }
  | { kind: 'none' }

export const date = (start: string, end: string, precision: Precision): Reading => ({ kind: 'date', start, end, precision })
export const day = (iso: string): Reading => date(iso, iso, 'day')

/** Compares everything but `matched` exactly, and checks `matched` is a piece of the text. */
export function expectReading(text: string, actual: Deadline, expected: Reading): void {
  const { matched, ...rest } = actual as Deadline & { matched?: string }
  expect(rest).toStrictEqual(expected)
  if (actual.kind === 'none') {
    expect(matched).toBeUndefined()
  } else {
    expect(typeof matched).toBe('string')
    expect(matched?.length).toBeGreaterThan(0)
    expect(text).toContain(matched)
  }
}
