/** "Læses som: 3. kvartal 2021 (1. juli – 30. september 2021)" — live, as the text is typed. */
import { useMemo } from 'react'
import { fixedDeadline, formatDeadline, formatPeriodExact, parseDeadline } from '../../domain/deadline'
import { t } from '../../strings'

export function DeadlinePreview({ id, text, reference, fixed }: { id: string; text: string; reference: string; fixed?: string | undefined }) {
  const reading = useMemo(() => (fixed ? fixedDeadline(fixed) : parseDeadline(text, { reference })), [text, reference, fixed])
  const words = formatDeadline(reading)
  const exact = 'start' in reading && reading.start && reading.end ? formatPeriodExact(reading.start, reading.end) : ''
  const message =
    reading.kind === 'none'
      ? text.trim()
        ? t.readsAsNone
        : ''
      : `${t.readsAs}: ${words}${exact && exact !== words ? ` (${exact})` : ''}${fixed ? ` — ${t.fixedDeadline}` : ''}`
  return (
    <p id={id} className="form-hint deadline-preview" aria-live="polite">
      {message}
    </p>
  )
}
