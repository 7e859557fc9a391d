/** The browser's own estimate of the space this site uses and may use (navigator.storage.estimate). */
import { useEffect, useState } from 'react'

export interface StorageEstimateBytes {
  usage: number
  quota: number
}

/** Null until known or when the browser cannot tell; read again whenever `refreshKey` changes. */
export function useStorageEstimate(refreshKey: unknown): StorageEstimateBytes | null {
  const [estimate, setEstimate] = useState<StorageEstimateBytes | null>(null)
  useEffect(() => {
    let live = true
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage
    if (!storage?.estimate) return
    storage
      .estimate()
      .then(({ usage, quota }) => {
        if (live && typeof usage === 'number' && typeof quota === 'number' && quota > 0) setEstimate({ usage, quota })
      })
      .catch(() => {
        // No estimate is shown; nothing else depends on it.
      })
    return () => {
      live = false
    }
  }, [refreshKey])
  return estimate
}
