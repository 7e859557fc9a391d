/** "Del oversigt": the server's address and an access key; once shared, the link others open it with. */
import { useId, useState, type FormEvent } from 'react'
import { sharingText as tx } from '../../strings/sharing'
import { sharingButtons } from '../../strings/sharing-buttons'
import { Dialog } from '../../ui/Dialog'
import type { SharingPort, SharingProblem } from './port'
import { ProblemAlert, SharingField } from './SharingField'

export interface ShareDialogProps {
  overviewId: string
  /** The address the app was served from: a server that serves the app also syncs. */
  defaultServer: string
  port: SharingPort
  onClose: () => void
}

export function ShareDialog({ overviewId, defaultServer, port, onClose }: ShareDialogProps) {
  const id = useId()
  const [server, setServer] = useState(defaultServer)
  const [key, setKey] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<SharingProblem | null>(null)
  const [link, setLink] = useState<string | null>(null)
  const [copied, setCopied] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setProblem(null)
    const result = await port.share(overviewId, server, key)
    setBusy(false)
    if (result.ok) setLink(result.link)
    else setProblem(result.problem)
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(link ?? '')
      setCopied(true)
    } catch {
      // No clipboard (an insecure origin, a denied permission): the link is selected to copy by hand.
      ;(document.getElementById(`${id}-link`) as HTMLInputElement | null)?.select()
    }
  }

  return (
    <Dialog title={sharingButtons.share} onClose={onClose} unsaved={!link && key !== ''}>
      {link ? (
        <>
          <p role="status">{tx.shared}</p>
          <div className="form-group">
            <label className="form-label" htmlFor={`${id}-link`}>
              {tx.link}
            </label>
            <span id={`${id}-link-hint`} className="form-hint">
              {tx.linkHint}
            </span>
            <input id={`${id}-link`} className="form-input" readOnly value={link} aria-describedby={`${id}-link-hint`} onFocus={(e) => e.target.select()} />
          </div>
          <button type="button" className="button button-secondary" onClick={() => void copy()}>
            {tx.copy}
          </button>
          {copied && <p role="status">{tx.copied}</p>}
        </>
      ) : (
        <form noValidate onSubmit={submit}>
          <p>{tx.shareIntro}</p>
          <ProblemAlert text={problem && tx.problems[problem]} />
          <SharingField id={`${id}-server`} label={tx.server} hint={tx.serverHint} type="url" value={server} onChange={setServer} />
          <SharingField id={`${id}-key`} label={tx.key} hint={tx.keyHint} type="password" value={key} onChange={setKey} />
          <div className="app-dialog__footer">
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? tx.connecting : tx.share}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  )
}
