/** A row whose deadline text already says it is done starts as Implementeret. */
import type { Status } from './model'
import { parseDeadline } from './deadline'

export function initialStatus(deadlineText: string, reference: string, fallback: Status = 'not-started'): Status {
  return parseDeadline(deadlineText, { reference }).kind === 'done' ? 'implemented' : fallback
}
