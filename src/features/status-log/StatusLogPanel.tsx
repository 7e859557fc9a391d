/**
 * The status log of one indsats, shown in its detail (the Rediger dialog): dated entries,
 * newest first, and a small form to add one ("Status – januar 2024: …"). Controlled: what
 * is added, deleted or typed here is pending (StatusLogEdit) until the dialog's Gem saves it
 * with the row. Loaded on first use (see StatusLog).
 */
import { useId, useRef } from 'react'
import type { StatusEntry } from '../../domain/model'
import { listedEntries, type StatusLogAction, type StatusLogEdit } from '../../domain/status-log-edit'
import { statusLogText as tx } from '../../strings/status-log'
import { StatusLogItem } from './StatusLogItem'
import { AddStatusForm } from './AddStatusForm'
import './status-log.css'

export interface StatusLogProps {
  /** The saved entries; undefined while loading. */
  entries: StatusEntry[] | undefined
  edit: StatusLogEdit
  dispatch: (action: StatusLogAction) => void
}

export function StatusLogPanel({ entries, edit, dispatch }: StatusLogProps) {
  const id = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const listed = entries ? listedEntries(entries, edit) : undefined

  return (
    // No aria-labelledby: a region named "Statuslog" would also answer to the form's label "Status".
    <section className="status-log">
      <h3 className="h4" id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {tx.statusLog}
      </h3>
      <p className="form-hint">{tx.statusLogHint}</p>
      {listed && listed.length === 0 && <p>{tx.noStatus}</p>}
      {listed && listed.length > 0 && (
        <ol className="status-log__list">
          {listed.map((item) => (
            <StatusLogItem
              key={item.key}
              item={item}
              dispatch={(action) => {
                dispatch(action)
                // A pending entry taken back leaves no button where focus was: go to the log's heading.
                if (action.type === 'discard') heading.current?.focus()
              }}
            />
          ))}
        </ol>
      )}
      <AddStatusForm edit={edit} dispatch={dispatch} />
    </section>
  )
}
