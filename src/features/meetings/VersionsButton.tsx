/** The versions saved for meetings: open one read-only, or see what has changed since. */
import { useState } from 'react'
import type { Snapshot } from '../../domain/model'
import { meetingsText as tx, t } from '../../strings'
import { Dialog } from '../../ui/Dialog'
import { formatDanishDate, formatDanishDateTime } from '../../ui/format'

interface VersionsButtonProps {
  versions: Snapshot[]
  onOpen: (id: string) => void
  onChanges: (id: string) => void
}

/** "Ændringer siden mødet 20. januar 2021", or the label when the version has no meeting date. */
export function changesTitle(version: Pick<Snapshot, 'label' | 'meetingDate'>): string {
  return version.meetingDate ? tx.changesSince(formatDanishDate(version.meetingDate)) : tx.changesSinceLabel(version.label)
}

export function VersionsButton({ versions, onOpen, onChanges }: VersionsButtonProps) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {tx.versions} ({versions.length})
      </button>
      {open && (
        <Dialog title={tx.versions} onClose={() => setOpen(false)} wide>
          <p>{tx.versionsHint}</p>
          {versions.length === 0 ? (
            <p>{tx.noVersions}</p>
          ) : (
            <ul className="versions-list">
              {versions.map((version) => (
                <li key={version.id} className="versions-list__item">
                  <div>
                    <strong>{version.label}</strong>
                    <span className="versions-list__meta">
                      {version.meetingDate && ` · ${t.meetingDate} ${formatDanishDate(version.meetingDate)}`} · {tx.savedAt(formatDanishDateTime(version.createdAt))} ·{' '}
                      {tx.rowsCount(version.initiatives.length)}
                    </span>
                  </div>
                  <div className="versions-list__actions">
                    <button type="button" className="button button-tertiary" aria-label={`${tx.openVersion} ${version.label}`} onClick={() => onOpen(version.id)}>
                      {tx.openVersion}
                    </button>
                    <button type="button" className="button button-tertiary" onClick={() => onChanges(version.id)}>
                      {changesTitle(version)}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Dialog>
      )}
    </>
  )
}
