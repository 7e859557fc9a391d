/**
 * "Opgjort pr.": the date every flag is computed against, typed like any date field. The view
 * changes only once the text is a whole, valid date; Enter or leaving the field with anything
 * else says why beside the field and keeps the last valid date, and an empty field goes back
 * to today. The date parser (with date-fns) is not in the first load: it is fetched when the
 * browser is idle, or at the first keystroke, whichever comes first.
 */
import { useEffect, useRef, useState } from 'react'
import { formatDateEntry } from '../../domain/date-entry-format'
import { t } from '../../strings'
import { DateField } from '../../ui/DateField'
import { whenIdle } from '../../ui/lazy'

type Parse = (typeof import('../../domain/date-entry'))['parseDateEntry']
let parser: Promise<Parse> | undefined
const loadParser = () => (parser ??= import('../../domain/date-entry').then((m) => m.parseDateEntry))

interface AsOfFieldProps {
  id: string
  /** The date in effect (ISO): the chosen one, or today. */
  asOf: string
  /** Whether a date is chosen (otherwise it is today). */
  chosen: boolean
  meetingDate: string
  /** A new as-of date, or null for today. */
  onChange: (asOf: string | null) => void
}

export function AsOfField({ id, asOf, chosen, meetingDate, onChange }: AsOfFieldProps) {
  const [text, setText] = useState(() => formatDateEntry(asOf))
  // The as-of date the text stands for; when the date changes from outside (a button, the URL), the text follows.
  const [shownFor, setShownFor] = useState(asOf)
  const [invalid, setInvalid] = useState(false)
  if (asOf !== shownFor) {
    setShownFor(asOf)
    setText(formatDateEntry(asOf))
    setInvalid(false)
  }
  // The parser answers a moment later: by then it must act on the latest text and props.
  const latest = useRef({ text, asOf, onChange })
  useEffect(() => {
    latest.current = { text, asOf, onChange }
  })
  useEffect(() => whenIdle(() => void loadParser()), [])

  function type(next: string) {
    setText(next)
    latest.current.text = next
    void loadParser().then((parse) => {
      if (latest.current.text !== next) return
      const read = parse(next)
      if (!read.ok || !read.value) return
      setShownFor(read.value)
      setInvalid(false)
      if (read.value !== latest.current.asOf) latest.current.onChange(read.value)
    })
  }

  /** Enter or leaving the field: a date is tidied to dd.mm.åååå, anything else is pointed out. */
  function commit() {
    void loadParser().then((parse) => {
      const typed = latest.current.text
      const read = parse(typed)
      if (!read.ok) return setInvalid(true)
      setInvalid(false)
      if (read.value) return setText(formatDateEntry(read.value))
      // Emptied: back to today, and the text shows it.
      setShownFor('')
      latest.current.onChange(null)
    })
  }

  return (
    <DateField
      id={id}
      label={t.asOf}
      value={text}
      onChange={type}
      invalid={invalid}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit()
      }}
      after={
        <>
          {meetingDate && meetingDate !== asOf && (
            <button type="button" className="button button-tertiary" onClick={() => onChange(meetingDate)}>
              {t.asOfMeeting}
            </button>
          )}
          {chosen && (
            <button type="button" className="button button-tertiary" onClick={() => onChange(null)}>
              {t.asOfToday}
            </button>
          )}
        </>
      }
    />
  )
}
