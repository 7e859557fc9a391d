/** Every record is validated against the zod schema before it is written. */
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
