/**
 * Hocuspocus 3.4.4 messages as raw bytes, written with lib0 as the provider writes them:
 * `[document name][message type][payload…]`. The fuzz tests start from these.
 */
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'

export const MessageType = { Sync: 0, Awareness: 1, Auth: 2, QueryAwareness: 3, SyncReply: 4, Stateless: 5, BroadcastStateless: 6, Close: 7, SyncStatus: 8 } as const

const message = (name: string, type: number, write: (encoder: encoding.Encoder) => void = () => {}): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarString(encoder, name)
  encoding.writeVarUint(encoder, type)
  write(encoder)
  return encoding.toUint8Array(encoder)
}

export const authMessage = (name: string, token: string) =>
  message(name, MessageType.Auth, (e) => {
    encoding.writeVarUint(e, 0)
    encoding.writeVarString(e, token)
  })

/** A realistic update: a few fields and a row list, as the app will write them. */
export function sampleUpdate(seed: number): Uint8Array {
  const doc = new Y.Doc()
  doc.clientID = 1000 + seed
  doc.getMap('fields').set('title', `Bilag ${seed}`)
  doc.getArray('rows').push([{ area: 'Rekruttering', initiative: 'Ny HR-Enhed', deadline: 'April/maj 2021' }])
  doc.getText('notes').insert(0, 'æøå – noter')
  return Y.encodeStateAsUpdate(doc)
}

function awarenessUpdate(seed: number): Uint8Array {
  const doc = new Y.Doc()
  doc.clientID = 2000 + seed
  const awareness = new awarenessProtocol.Awareness(doc)
  awareness.setLocalState({ user: { name: `Fuzz ${seed}` } })
  return awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID])
}

/** One of every message a client can send, for the given document. */
export function validMessages(name: string, token: string, seed = 0): Uint8Array[] {
  const update = sampleUpdate(seed)
  const stateVector = Y.encodeStateVector(new Y.Doc())
  return [
    authMessage(name, token),
    message(name, MessageType.Sync, (e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint8Array(e, stateVector))),
    message(name, MessageType.Sync, (e) => (encoding.writeVarUint(e, 1), encoding.writeVarUint8Array(e, update))),
    message(name, MessageType.Sync, (e) => (encoding.writeVarUint(e, 2), encoding.writeVarUint8Array(e, update))),
    message(name, MessageType.SyncReply, (e) => (encoding.writeVarUint(e, 1), encoding.writeVarUint8Array(e, update))),
    message(name, MessageType.Awareness, (e) => encoding.writeVarUint8Array(e, awarenessUpdate(seed))),
    message(name, MessageType.QueryAwareness),
    message(name, MessageType.Stateless, (e) => encoding.writeVarString(e, '{"hello":1}')),
    message(name, MessageType.BroadcastStateless, (e) => encoding.writeVarString(e, '{"type":"indsatsoverblik/session"}')),
    message(name, MessageType.SyncStatus, (e) => encoding.writeVarUint(e, 1)),
    message(name, MessageType.Close),
  ]
}
