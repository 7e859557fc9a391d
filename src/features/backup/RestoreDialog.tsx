/**
 * "Gendan sikkerhedskopi": choose a file, see what it holds, choose Erstat alt or Flet ind,
 * confirm. The file is read and checked completely before anything is written; a bad file
 * gives one sentence and changes nothing. Erstat alt first downloads a safety copy of the
 * current data, and is not carried out if that copy cannot be made.
 *
 * In a browser that holds nothing but the untouched example (a new browser, where the
 * backup is how the user brings their overviews along), Erstat alt is chosen beforehand
 * and needs no safety copy: there is nothing of the user's to keep, and a download of the
 * example would only puzzle them. The storage checks that this still holds as it writes.
 * Afterwards the caller is told which overviews were restored, to open one of them.
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
import type { RestorePort, StorageFailure } from './port'
import './backup.css'

interface RestoreDialogProps {
  port: RestorePort
  onClose: () => void
  /** After a restore: the ids of the overviews in the backup, the most recently changed first. */
  onRestored?: (overviewIds: string[]) => void
}

type Problem = { text: string; detail?: string }
type Done = { receipt: RestoreReceipt; safetyFile: string | null; exampleReplaced: boolean }

export function RestoreDialog({ port, onClose, onRestored }: RestoreDialogProps) {
  const id = useId()
  const [backup, setBackup] = useState<BackupContents | null>(null)
  const [mode, setMode] = useState<RestoreMode>('merge')
  // True while this browser holds nothing but the untouched example (asked once on opening).
  const [onlyExample, setOnlyExample] = useState(false)
  const modeChosen = useRef(false)
  const [problem, setProblem] = useState<Problem | null>(null)
  const [busy, setBusy] = useState('')
  const [done, setDone] = useState<Done | null>(null)
  const resultRef = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    if (done) resultRef.current?.focus()
  }, [done])

  useEffect(() => {
    let live = true
    void port.onlyUntouchedExample().then((exampleId) => {
      if (!live || !exampleId) return
      setOnlyExample(true)
      if (!modeChosen.current) setMode('replace')
    })
    return () => {
      live = false
    }
  }, [port])

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
    if (mode === 'replace' && onlyExample) {
      setBusy(tx.working)
      const result = await port.restoreBackup(backup, mode, 'only-untouched-example')
      setBusy('')
      if (result.ok) return finish({ receipt: result.value, safetyFile: null, exampleReplaced: true })
      if (result.code !== 'changed') return setProblem({ text: errorText(result.code) })
      // Something was changed here since the dialog opened: from now on, as for any data.
      setOnlyExample(false)
    }
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
    if (result.ok) finish({ receipt: result.value, safetyFile, exampleReplaced: false })
    else setProblem({ text: errorText(result.code) })
  }

  function finish(outcome: Done) {
    setDone(outcome)
    if (backup) onRestored?.(mostRecentFirst(backup.overviews))
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
        <RestoreResult ref={resultRef} receipt={done.receipt} safetyFile={done.safetyFile} exampleReplaced={done.exampleReplaced} />
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
                    ['replace', tx.replace, onlyExample ? tx.replaceExampleHint : tx.replaceHint],
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
                      onChange={() => {
                        modeChosen.current = true
                        setMode(value)
                      }}
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

/** 'changed' only comes from a guarded restore, which falls back rather than failing; should it come anyway, it is a failure like any other. */
const errorText = (code: StorageFailure | 'changed') => storageErrors[code === 'changed' ? 'failed' : code]

function mostRecentFirst(overviews: readonly { id: string; updatedAt: string }[]): string[] {
  return [...overviews].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)).map((o) => o.id)
}

function readProblem(code: BackupReadError, detail?: string): Problem {
  // The detail names the first bad field ("initiatives.3.title: required"); only useful for a damaged file.
  return code === 'invalid' && detail ? { text: backupReadErrors[code], detail } : { text: backupReadErrors[code] }
}
