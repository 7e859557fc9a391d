// The real tables of tests/fixtures/tables and how a plan is compared with their expected rows.
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ImportPlan } from '../../../src/io/import'

export interface ExpectedTableRow {
  area: string | null
  category: 'A' | 'B' | 'C' | null
  title: string
  method: string | null
  deadlineText: string | null
  /** The status text as written. */
  status: string | null
  responsible: string | null
}

const tables = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/tables')
export const tableFile = (name: string): Uint8Array<ArrayBuffer> => Uint8Array.from(readFileSync(resolve(tables, name)))

export const realTables = ['table-naturstyrelsen-rosborg', 'table-naturstyrelsen-naturpakken'].map((name) => ({
  name,
  tsv: readFileSync(resolve(tables, `${name}.tsv`), 'utf8'),
  expected: JSON.parse(readFileSync(resolve(tables, `${name}.expected.json`), 'utf8')) as { rows: ExpectedTableRow[] },
}))

const orNull = (text: string) => (text === '' ? null : text)

/** A plan's rows in the expected JSON's shape (the texts as written; null where the source has none). */
export function asExpected(plan: ImportPlan): ExpectedTableRow[] {
  return plan.rows.map((row) => ({
    area: orNull(row.area),
    category: row.category,
    title: row.title,
    method: orNull(row.method),
    deadlineText: orNull(row.deadlineText),
    status: orNull(row.statusText),
    responsible: orNull(row.owner),
  }))
}
