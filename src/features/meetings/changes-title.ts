import type { Snapshot } from '../../domain/model'
import { versionsText as tx } from '../../strings/versions'
import { formatDanishDate } from '../../ui/format'

/** "Ændringer siden mødet 20. januar 2021", or the label when the version has no meeting date. */
export function changesTitle(version: Pick<Snapshot, 'label' | 'meetingDate'>): string {
  return version.meetingDate ? tx.changesSince(formatDanishDate(version.meetingDate)) : tx.changesSinceLabel(version.label)
}
