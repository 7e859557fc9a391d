/**
 * One open overview, in one of three views chosen in the URL (so each can be
 * bookmarked): the live overview, a version frozen for a meeting (read-only), or
 * "Ændringer siden mødet …" between that version and now.
 */
import { Suspense, useEffect, useMemo } from 'react'
import type { Initiative, Overview } from '../domain/model'
import { createDeadlineReader, referenceDate } from '../domain/view-row'
import { useInitiatives, useSnapshots } from '../storage'
import { t } from '../strings'
import type { ToastMessage } from '../ui/Toast'
import { ChangesView } from '../features/meetings/ChangesView'
import { LivePage } from './LivePage'
import { useUrlParam } from './use-view-state'
import { lazyWithPreload, whenIdle } from '../ui/lazy'

// A version frozen for a meeting is opened from Versioner, which exists only once one is
// saved: its page is fetched when the browser is idle then, so it renders at once when
// chosen and the closing dialog's focus lands on it as before.
const VersionPage = lazyWithPreload(() => import('./VersionPage').then((m) => m.VersionPage))

interface OverviewPageProps {
  overview: Overview
  notify: (message: Omit<ToastMessage, 'id'>) => void
  onOpenOverview: (id: string) => void
}

export function OverviewPage({ overview, notify, onOpenOverview }: OverviewPageProps) {
  const versions = useSnapshots(overview.id)
  // One subscription for every view of the overview: the live table and the changes read the same rows.
  const current = useInitiatives(overview.id)
  const [versionId, setVersionId] = useUrlParam('version')
  const [mode, setMode] = useUrlParam('visning')
  const version = versions?.find((v) => v.id === versionId)
  const hasVersions = (versions?.length ?? 0) > 0
  useEffect(() => (hasVersions ? whenIdle(VersionPage.preload) : undefined), [hasVersions])
  const reader = useMemo(() => createDeadlineReader(), [])
  // A row of the version is read against the version's own meeting date, a live row against today's header.
  const read = useMemo(() => {
    const frozen = new Set(version?.initiatives)
    return (text: string, row: Initiative) => reader(text, referenceDate(frozen.has(row) ? version?.overview : overview, row))
  }, [reader, overview, version])

  const openVersion = (id: string | null, next: 'view' | 'changes' | null) => {
    setVersionId(id)
    setMode(next === 'changes' ? 'aendringer' : null)
  }
  const back = () => openVersion(null, null)

  // The changes compare every row: they wait for all of them, not just the first screen's.
  if (version && mode === 'aendringer') return current?.complete ? <ChangesView overview={overview} version={version} current={current.rows} read={read} onBack={back} /> : <p>{t.loading}</p>
  if (version)
    return (
      <Suspense fallback={<p>{t.loading}</p>}>
        <VersionPage version={version} onBack={back} />
      </Suspense>
    )
  return <LivePage overview={overview} initiatives={current} versions={versions ?? []} notify={notify} onOpenOverview={onOpenOverview} onOpenVersion={openVersion} />
}
