/**
 * The record that makes an overview shared in this browser (`meta`, key `share:<overviewId>`):
 * the server's address, the access key this browser uses, and the role the server last gave
 * it. Read on the first screen (is the open overview shared?), so kept apart from the sync
 * writes in ./sharing.ts.
 */
import type { IndsatsDb } from './db'

export interface ShareRecord {
  overviewId: string
  /** The server's address (where it serves the app), normalised: `https://…` or `http://…`. */
  server: string
  key: string
  role: 'editor' | 'reader' | null
}

export const shareKey = (overviewId: string) => `share:${overviewId}`

export async function readShare(db: IndsatsDb, overviewId: string): Promise<ShareRecord | null> {
  const record = await db.meta.get(shareKey(overviewId))
  return (record?.value as ShareRecord | undefined) ?? null
}
