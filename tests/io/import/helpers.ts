// Shared by the import tests: the seed, its expected result and the fixtures.
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Deadline } from '../../../src/domain/deadline/types'
import type { ImportPlan, ImportResult } from '../../../src/io/import'

export interface ExpectedRow {
  area: string
  category: 'A' | 'B' | 'C'
  title: string
  method: string
  deadlineText: string
  deadline: Record<string, string>
}
// Paths, not URL objects: under jsdom the global URL is jsdom's, which node:fs refuses.
const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures')

export const expected = JSON.parse(
  readFileSync(resolve(fixtures, 'bilag1.expected.json'), 'utf8'),
) as { reference: string; title: string; legend: { A: string; B: string; C: string }; initiatives: ExpectedRow[] }

export const seed = readFileSync(resolve(fixtures, 'bilag1.txt'), 'utf8')

export const expectedRows = expected.initiatives.map(({ area, category, title, method, deadlineText }) => ({
  area,
  category,
  title,
  method,
  deadlineText,
}))

export const fixture = (name: string): Uint8Array<ArrayBuffer> => Uint8Array.from(readFileSync(resolve(fixtures, 'import', name)))
export const fixtureText = (name: string): string => readFileSync(resolve(fixtures, 'import', name), 'utf8')

/** The five Bilag columns of each row, as in bilag1.expected.json. */
export const bilagColumns = (plan: ImportPlan) =>
  plan.rows.map(({ area, category, title, method, deadlineText }) => ({ area, category, title, method, deadlineText }))

/** parseDeadline's `matched` is not part of the expected JSON. */
export function withoutMatched(d: Deadline): Record<string, unknown> {
  const { ...rest } = d as Deadline & { matched?: string }
  delete rest.matched
  return rest
}

/** Unwraps an ImportResult, failing the test with its code when it is an error. */
export function unwrap<T>(result: ImportResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}${result.detail ? ` (${result.detail})` : ''}`)
  return result.value
}

/** Tab-separated lines. */
export const tsv = (...rows: string[][]) => rows.map((r) => r.join('\t')).join('\n')
