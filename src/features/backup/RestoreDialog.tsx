/**
 * "Gendan sikkerhedskopi": choose a file, see what it holds, choose Erstat alt or Flet ind,
 * confirm. The file is read and checked completely before anything is written; a bad file
 * gives one sentence and changes nothing. Erstat alt first downloads a safety copy of the
 * current data, and is not carried out if that copy cannot be made.
 * Loaded on first use (see RestoreButton), so it is not in the first bundle.
 */
import { useEffect, useId, useRef, useState } from 'react'
import { BACKUP_LIMITS, readBackup, type BackupContents, type BackupReadError, type RestoreMode, type RestoreReceipt } from '../../io/backup'
import { storageErrors, t } from '../../strings'
import { backupReadErrors, backupText as tx } from '../../strings/backup'
import { Dialog } from '../../ui/Dialog'
import { BackupSummary } from './BackupSummary'
import { RestoreResult } from './RestoreResult'
import { downloadBackup } from './take-backup'
import type { RestorePort } from './port'
import './backup.css'

interface RestoreDialogProps {
  port: RestorePort
  onClose: () => void
}

type Problem = { text: string; detail?: string }
type Done = { receipt: RestoreReceipt; safetyFile: string | null }

export function RestoreDialog({ port, onClose }: RestoreDialogProps) {
  const id = useId()
  const [backup, setBackup] = useState<BackupContents | null>(null)
  const [mode, setMode] = useState<RestoreMode>('merge')
  const [problem, setProblem] = useState<Problem | null>(null)
  const [busy, setBusy] = useState('')
  const [done, setDone] = useState<Done | null>(null)
  const resultRef = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    if (done) resultRef.current?.focus()
  }, [done])

  async function choose(file: File | undefined) {
    setBackup(null)
    setProblem(null)
    if (!file) return
    // Refused by size before reading, so a huge file never has to fit in memory as text.
    if (file.size > BACKUP_LIMITS.maxChars) return setProblem(readProblem('too-large'))
    setBusy(tx.reading)
    try {
      const result = readBackup(await file.text())
      if (result.ok) setBackup(result.value)
      else setProblem(readProblem(result.code, result.detail))
    } catch {
      setProblem({ text: tx.unreadable })
    } finally {
      setBusy('')
    }
  }

  async function restore() {
    if (!backup || busy) return
    setProblem(null)
    let safetyFile: string | null = null
    if (mode === 'replace') {
      setBusy(tx.safetyCopy)
      try {
        safetyFile = await downloadBackup(port, tx.safetyFileName)
      } catch {
        setBusy('')
        return setProblem({ text: tx.safetyCopyFailed })
      }
    }
    setBusy(tx.working)
    const result = await port.restoreBackup(backup, mode)
    setBusy('')
    if (result.ok) setDone({ receipt: result.value, safetyFile })
    else setProblem({ text: storageErrors[result.code] })
  }

  const footer = (
    <>
      {!done && backup && (
        <button type="button" className="button button-primary" disabled={Boolean(busy)} onClick={restore}>
          {tx.confirm}
        </button>
      )}
      {!done && (
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t.cancel}
        </button>
      )}
    </>
  )

  return (
    <Dialog title={tx.restore} onClose={onClose} footer={footer}>
      {done ? (
        <RestoreResult ref={resultRef} receipt={done.receipt} safetyFile={done.safetyFile} />
      ) : (
        <div className="backup-restore">
          <div className="form-group">
            <label className="form-label" htmlFor={`${id}-file`}>
              {tx.chooseFile}
            </label>
            <span className="form-hint" id={`${id}-file-hint`}>
              {tx.chooseFileHint}
            </span>
            <input
              id={`${id}-file`}
              type="file"
              accept=".json,application/json"
              aria-describedby={`${id}-file-hint`}
              disabled={Boolean(busy)}
              onChange={(event) => void choose(event.target.files?.[0])}
            />
          </div>
          {problem && (
            <div className="alert alert-error" role="alert">
              <p className="alert-text">{problem.text}</p>
              {problem.detail && (
                <p className="alert-text backup-restore__detail">
                  {tx.technicalDetail}: {problem.detail}
                </p>
              )}
            </div>
          )}
          {backup && (
            <>
              <BackupSummary backup={backup} headingId={`${id}-summary`} />
              <fieldset className="form-group">
                <legend className="form-label">{tx.modeLegend}</legend>
                {(
                  [
                    ['replace', tx.replace, tx.replaceHint],
                    ['merge', tx.merge, tx.mergeHint],
                  ] as const
                ).map(([value, label, hint]) => (
                  <div key={value} className="form-group-radio">
                    <input
                      id={`${id}-${value}`}
                      className="form-radio"
                      type="radio"
                      name={`${id}-mode`}
                      checked={mode === value}
                      aria-describedby={`${id}-${value}-hint`}
                      onChange={() => setMode(value)}
                    />
                    <label htmlFor={`${id}-${value}`}>{label}</label>
                    <span id={`${id}-${value}-hint`} className="form-hint backup-restore__mode-hint">
                      {hint}
                    </span>
                  </div>
                ))}
              </fieldset>
            </>
          )}
        </div>
      )}
      <p className="backup-restore__status" role="status" aria-live="polite">
        {busy}
      </p>
    </Dialog>
  )
}

function readProblem(code: BackupReadError, detail?: string): Problem {
  // The detail names the first bad field ("initiatives.3.title: required"); only useful for a damaged file.
  return code === 'invalid' && detail ? { text: backupReadErrors[code], detail } : { text: backupReadErrors[code] }
}
