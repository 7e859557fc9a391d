/**
 * Every record is validated against the zod schema before it is written. The schemas
 * (and zod) load with the first write, not with the first paint.
 */
import type * as z from 'zod/mini'
import type { FieldIssue } from './result'

export function validate<T>(schema: z.ZodMiniType<T>, value: unknown): { ok: true; value: T } | { ok: false; issues: FieldIssue[] } {
  const parsed = schema.safeParse(value)
  if (parsed.success) return { ok: true, value: parsed.data }
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      field: String(issue.path[0] ?? ''),
      code: issue.message && !issue.message.includes(' ') ? issue.message : issue.code,
    })),
  }
}

let schemas: Promise<typeof import('../domain/schemas')> | undefined
export const loadSchemas = () => (schemas ??= import('../domain/schemas'))
