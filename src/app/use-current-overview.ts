/** Which overview is open: the one in the URL, else the most recently changed; seeds the example on first run. */
import { useEffect, useState } from 'react'
import { storage, useOverviews } from '../storage'
import type { Overview } from '../domain/model'
import type { ExampleOverview } from '../domain/example'
import { useUrlParam } from './use-view-state'

export type LoadState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; overviews: Overview[]; current: Overview | undefined }

export function useCurrentOverview(): [LoadState, (id: string | null) => void] {
  const [openId, setOpenId] = useUrlParam('o')
  const [seeded, setSeeded] = useState<'pending' | 'done' | 'failed'>('pending')
  const overviews = useOverviews()

  useEffect(() => {
    let cancelled = false
    storage
      .exampleNeeded()
      .then(async (needed) => (needed ? storage.seedExampleOnFirstRun((await import('./example/bilag1.json')).default as ExampleOverview) : null))
      .then((id) => {
        if (cancelled) return
        if (id) setOpenId(id)
        setSeeded('done')
      })
      .catch(() => !cancelled && setSeeded('failed'))
    return () => {
      cancelled = true
    }
  }, [setOpenId])

  if (seeded === 'failed') return [{ status: 'failed' }, setOpenId]
  // An existing overview opens at once; only an empty database waits for the example.
  if (!overviews || (seeded === 'pending' && overviews.length === 0)) return [{ status: 'loading' }, setOpenId]
  const current = overviews.find((o) => o.id === openId) ?? overviews[0]
  return [{ status: 'ready', overviews, current }, setOpenId]
}
