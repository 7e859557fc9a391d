/**
 * Eksportér: Word, Excel, CSV, print/PDF of the current view (or the whole overview),
 * and the backup of everything. Writers load on demand; a failure changes nothing.
 */
import { useId, useState } from 'react'
import type { ExportDocument } from '../../io/export/types'
import type { BackupInput } from '../../io/export/backup'
import { exportText as tx } from '../../strings'
import { Dialog } from '../../ui/Dialog'
import { download } from './download'
import { writeBackup, writeFile, type FileFormat } from './formats'

export type ExportScope = 'view' | 'all'

interface ExportDialogProps {
  buildDocument: (scope: ExportScope) => ExportDocument
  counts: Record<ExportScope, number>
  readEverything: () => Promise<Omit<BackupInput, 'exportedAt'>>
  onBackupTaken: () => void
  onPrint: (doc: ExportDocument) => void
  onClose: () => void
}

export function ExportDialog({ buildDocument, counts, readEverything, onBackupTaken, onPrint, onClose }: ExportDialogProps) {
  const id = useId()
  const [scope, setScope] = useState<ExportScope>('view')
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)

  async function run(task: () => Promise<{ contents: BlobPart; fileName: string; type: string }>, after?: () => void) {
    setBusy(true)
    setStatus(tx.working)
    try {
      const file = await task()
      download(file.contents, file.fileName, file.type)
      after?.()
      setStatus(tx.done(file.fileName))
    } catch {
      setStatus(tx.failed)
    } finally {
      setBusy(false)
    }
  }

  const exportAs = (format: FileFormat) => run(() => writeFile(format, buildDocument(scope)))
  const backup = () =>
    run(async () => {
      const data = await readEverything()
      const exportedAt = new Date().toISOString()
      return writeBackup({ ...data, exportedAt }, exportedAt.slice(0, 10))
    }, onBackupTaken)

  return (
    <Dialog title={tx.title} onClose={onClose}>
      <fieldset className="form-group">
        <legend className="form-label">{tx.scopeLegend}</legend>
        {(['view', 'all'] as const).map((value) => (
          <div key={value} className="form-group-radio">
            <input id={`${id}-${value}`} className="form-radio" type="radio" name={`${id}-scope`} checked={scope === value} onChange={() => setScope(value)} />
            <label htmlFor={`${id}-${value}`}>{value === 'view' ? tx.scopeView(counts.view) : tx.scopeAll(counts.all)}</label>
          </div>
        ))}
      </fieldset>
      <h3 className="h5">{tx.formatsHeading}</h3>
      <div className="export-buttons">
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => exportAs('docx')}>{tx.word}</button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => exportAs('xlsx')}>{tx.excel}</button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => exportAs('csv')}>{tx.csv}</button>
        <button type="button" className="button button-secondary" disabled={busy} aria-describedby={`${id}-print-hint`} onClick={() => onPrint(buildDocument(scope))}>{tx.print}</button>
      </div>
      <p id={`${id}-print-hint`} className="form-hint">{tx.printHint}</p>
      <div className="export-backup">
        <button type="button" className="button button-secondary" disabled={busy} aria-describedby={`${id}-backup-hint`} onClick={backup}>{tx.backup}</button>
        <p id={`${id}-backup-hint`} className="form-hint">{tx.backupHint}</p>
      </div>
      <p className="export-status" role="status" aria-live="polite">{status}</p>
    </Dialog>
  )
}
