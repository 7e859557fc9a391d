/** One entry of the status log: saved, pending (added in the dialog, not saved yet), or marked to be deleted on Gem. */
import type { ListedEntry, StatusLogAction } from '../../domain/status-log-edit'
import { statusLogText as tx } from '../../strings/status-log'
import { formatDanishDate } from '../../ui/format'

export function StatusLogItem({ item, dispatch }: { item: ListedEntry; dispatch: (action: StatusLogAction) => void }) {
  const { entry } = item
  const date = formatDanishDate(entry.date)
  const pending = item.kind === 'pending'
  const removed = item.kind === 'saved' && item.removed
  const mark = pending ? tx.pending : removed ? tx.willBeRemoved : ''

  return (
    <li className={`status-log__entry${pending ? ' status-log__entry--pending' : ''}${removed ? ' status-log__entry--removed' : ''}`}>
      <p className="status-log__meta">
        <strong>{date}</strong>
        {entry.author && ` · ${entry.author}`}
        {mark && <span className="status-log__mark">{mark}</span>}
      </p>
      <p className="status-log__text">{removed ? <del>{entry.text}</del> : entry.text}</p>
      {removed ? (
        <button type="button" className="button button-tertiary button-small" aria-label={tx.keepFrom(date)} onClick={() => dispatch({ type: 'keep', id: item.entry.id })}>
          {tx.keep}
        </button>
      ) : (
        <button
          type="button"
          className="button button-tertiary button-small"
          aria-label={tx.removeStatusFrom(date)}
          onClick={() => dispatch(item.kind === 'pending' ? { type: 'discard', key: item.key } : { type: 'remove', id: item.entry.id })}
        >
          {tx.removeStatus}
        </button>
      )}
    </li>
  )
}
