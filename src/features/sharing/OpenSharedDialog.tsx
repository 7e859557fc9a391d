/** "Åbn delt oversigt": the server's address, an access key and the overview's link or id. */
import { useId, useState, type FormEvent } from 'react'
import { sharingText as tx } from '../../strings/sharing'
import { sharingButtons } from '../../strings/sharing-buttons'
import { Dialog } from '../../ui/Dialog'
import type { SharingPort, SharingProblem } from './port'
import { ProblemAlert, SharingField } from './SharingField'

export interface OpenSharedDialogProps {
  defaultServer: string
  /** The overview a link asked for that is not here yet, if any. */
  defaultOverview: string
  port: SharingPort
  onOpened: (overviewId: string) => void
  onClose: () => void
}

export function OpenSharedDialog({ defaultServer, defaultOverview, port, onOpened, onClose }: OpenSharedDialogProps) {
  const id = useId()
  const [server, setServer] = useState(defaultServer)
  const [key, setKey] = useState('')
  const [overview, setOverview] = useState(defaultOverview)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<SharingProblem | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setProblem(null)
    const result = await port.join(server, key, overview)
    setBusy(false)
    if (!result.ok) return setProblem(result.problem)
    onClose()
    onOpened(result.overviewId)
  }

  return (
    <Dialog title={sharingButtons.openShared} onClose={onClose} unsaved={key !== '' || overview !== defaultOverview}>
      <form noValidate onSubmit={submit}>
        <p>{tx.openIntro}</p>
        <ProblemAlert text={problem && tx.problems[problem]} />
        <SharingField id={`${id}-server`} label={tx.server} hint={tx.serverHint} type="url" value={server} onChange={setServer} />
        <SharingField id={`${id}-key`} label={tx.key} hint={tx.keyHint} type="password" value={key} onChange={setKey} />
        <SharingField id={`${id}-overview`} label={tx.overview} hint={tx.overviewHint} value={overview} onChange={setOverview} />
        <div className="app-dialog__footer">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? tx.connecting : tx.open}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
