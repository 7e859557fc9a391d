/** Overview records: create, edit the header block, and create one with its rows in one go. */
import type { IndsatsDb } from './db'
import type { Initiative, InitiativeDraft, Legend, Overview } from '../domain/model'
import { failure, ok, type WriteResult } from './result'
import { loadSchemas, validate } from './validate'
import { buildInitiative } from './initiatives'
import { addRows } from './row-writes'
import { newId, nowIso } from './clock'

export type OverviewHeader = Pick<Overview, 'title' | 'committee' | 'caseNumber' | 'meetingDate' | 'legend' | 'notes'>

export const emptyLegend: Legend = { A: '', B: '', C: '' }

export function buildOverview(header: Partial<OverviewHeader> & Pick<OverviewHeader, 'title'>, now = nowIso()): Overview {
  return {
    id: newId(),
    title: header.title,
    committee: header.committee ?? '',
    caseNumber: header.caseNumber ?? '',
    meetingDate: header.meetingDate ?? '',
    legend: header.legend ?? emptyLegend,
    columns: [],
    createdAt: now,
    updatedAt: now,
  }
}

/** A new overview and its rows, built and validated (outside any transaction: the schemas load asynchronously). */
export async function prepareOverviewWithRows(
  header: Partial<OverviewHeader> & Pick<OverviewHeader, 'title'>,
  drafts: readonly InitiativeDraft[],
): Promise<WriteResult<{ overview: Overview; rows: Initiative[] }>> {
  const now = nowIso()
  const { overviewSchema, initiativeSchema } = await loadSchemas()
  const overview = validate(overviewSchema, buildOverview(header, now))
  if (!overview.ok) return { ok: false, code: 'invalid', issues: overview.issues }
  const rows: Initiative[] = []
  for (const [index, draft] of drafts.entries()) {
    const row = buildInitiative(initiativeSchema, overview.value.id, draft, index + 1, now)
    if (!row.ok) return { ok: false, code: 'invalid', issues: row.issues.map((i) => ({ ...i, field: `${index}.${i.field}` })) }
    rows.push(row.value)
  }
  return ok({ overview: overview.value, rows })
}

/** Creates an overview and all its rows in one transaction: all or nothing. */
export async function createOverviewWithRows(
  db: IndsatsDb,
  header: Partial<OverviewHeader> & Pick<OverviewHeader, 'title'>,
  drafts: readonly InitiativeDraft[],
): Promise<WriteResult<{ overview: Overview; initiativeIds: string[] }>> {
  const prepared = await prepareOverviewWithRows(header, drafts)
  if (!prepared.ok) return prepared
  const { overview, rows } = prepared.value
  try {
    await db.transaction('rw', db.overviews, db.rowPages, async () => {
      await db.overviews.add(overview)
      await addRows(db, rows)
    })
    return ok({ overview, initiativeIds: rows.map((r) => r.id) })
  } catch (error) {
    return failure(error)
  }
}

export async function updateOverviewHeader(db: IndsatsDb, id: string, header: OverviewHeader): Promise<WriteResult<Overview>> {
  try {
    const { overviewSchema } = await loadSchemas()
    return await db.transaction('rw', db.overviews, async () => {
      const current = await db.overviews.get(id)
      if (!current) return { ok: false, code: 'not-found' } as const
      // Notes left empty are left out, so a record without any stays as it was.
      const { notes, ...rest } = header
      const { notes: _old, ...base } = current
      const keep = notes === undefined ? current.notes : notes.trim() === '' ? undefined : notes
      const next = validate(overviewSchema, { ...base, ...rest, ...(keep ? { notes: keep } : {}), updatedAt: nowIso() })
      if (!next.ok) return { ok: false, code: 'invalid', issues: next.issues } as const
      await db.overviews.put(next.value)
      return ok(next.value)
    })
  } catch (error) {
    return failure(error)
  }
}

export async function createEmptyOverview(db: IndsatsDb, title: string): Promise<WriteResult<Overview>> {
  const result = await createOverviewWithRows(db, { title }, [])
  return result.ok ? ok(result.value.overview) : result
}
