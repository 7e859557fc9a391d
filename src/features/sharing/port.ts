/** What the sharing feature needs from the app (src/app/sharing-port.ts loads src/sync for it). */
import type { SharingProblemCode } from '../../strings/sharing'

export type SharingProblem = Exclude<SharingProblemCode, 'revoked'>

export interface SharingPort {
  /** "Del": shares the overview on the server; the link for others. */
  share: (overviewId: string, server: string, key: string) => Promise<{ ok: true; link: string } | { ok: false; problem: SharingProblem }>
  /** "Åbn": joins a shared overview; its id once the local copy is here. */
  join: (server: string, key: string, overview: string) => Promise<{ ok: true; overviewId: string } | { ok: false; problem: SharingProblem }>
  /** "Stop deling": the overview is local again in this browser; false when that could not be stored. */
  stop: (overviewId: string) => Promise<boolean>
}

/** A shared overview's connection as the status line shows it. */
export interface SharingState {
  phase: 'connecting' | 'online' | 'offline' | 'refused' | 'revoked'
  role: 'editor' | 'reader' | null
  refusal: string | null
  storageError: string | null
}
