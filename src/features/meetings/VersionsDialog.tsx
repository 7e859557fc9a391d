/** The Versioner dialog (see VersionsButton): each version with "Vis" and "Ændringer siden …". */
import { useEffect } from 'react'
import { meetingsText, t } from '../../strings'
import { versionsText as tx } from '../../strings/versions'
import { Dialog } from '../../ui/Dialog'
import { formatDanishDate, formatDanishDateTime } from '../../ui/format'
import { changesTitle } from './changes-title'
import { preloadChangesView } from './ChangesView'
import type { VersionsButtonProps } from './VersionsButton'

interface VersionsDialogProps extends VersionsButtonProps {
  onClose: () => void
}

export function VersionsDialog({ versions, onOpen, onChanges, onClose }: VersionsDialogProps) {
  // "Ændringer siden …" is in this dialog's chunk; preloading it marks it loaded, so when it
  // replaces the page it renders at once and the closing dialog's focus lands on its heading.
  useEffect(preloadChangesView, [])
  return (
    <Dialog title={meetingsText.versions} onClose={onClose} wide>
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
                  {meetingsText.rowsCount(version.initiatives.length)}
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
  )
}
