/** What a restore did: counts, the safety copy's file name, and every conflict a merge decided. */
import type { Ref } from 'react'
import type { RestoreReceipt } from '../../io/backup'
import { backupText as tx } from '../../strings/backup'

/** A merge of two very different data sets could list thousands; the first ones make the point. */
const MAX_CONFLICTS = 200

interface RestoreResultProps {
  receipt: RestoreReceipt
  safetyFile: string | null
  /** True when the untouched example was all there was, and the backup took its place. */
  exampleReplaced?: boolean
  /** Focus moves here when the result replaces the form, so keyboard users land on it. */
  ref?: Ref<HTMLParagraphElement>
}

export function RestoreResult({ receipt, safetyFile, exampleReplaced = false, ref }: RestoreResultProps) {
  const shown = receipt.conflicts.slice(0, MAX_CONFLICTS)
  return (
    <div className="backup-result">
      <p ref={ref} tabIndex={-1} className="backup-result__lead">
        {tx.restored(receipt.overviews, receipt.initiatives, receipt.statusLogs, receipt.snapshots)}
      </p>
      {receipt.mode === 'merge' && <p>{tx.merged(receipt.added, receipt.updated)}</p>}
      {exampleReplaced && <p>{tx.exampleReplaced}</p>}
      {safetyFile && <p>{tx.safetyCopyTaken(safetyFile)}</p>}
      {shown.length > 0 && (
        <>
          <h3 className="h5">{tx.conflictsHeading}</h3>
          <ul className="backup-result__conflicts">
            {shown.map((c) => (
              <li key={`${c.kind}-${c.id}`}>{tx.conflict(c.kind, c.title, c.kept)}</li>
            ))}
            {receipt.conflicts.length > shown.length && <li>{tx.moreConflicts(receipt.conflicts.length - shown.length)}</li>}
          </ul>
        </>
      )}
    </div>
  )
}
