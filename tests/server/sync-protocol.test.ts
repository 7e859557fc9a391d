/** The protocol constants the app and the server share. */
import { describe, expect, it } from 'vitest'
import { isOverviewId, isSyncRefusal, parseSessionMessage } from '../../src/domain/sync-protocol.ts'

describe('isOverviewId', () => {
  it.each([
    ['6f1c2a9e-0d4b-4c1e-9a55-1f2e3d4c5b6a', true],
    ['ABC-123', true],
    ['x'.repeat(100), true],
    ['x'.repeat(101), false],
    ['', false],
    ['../users', false],
    ['a/b', false],
    ['a.ydoc', false],
    ['æøå', false],
    ['a b', false],
    ['a\u0000b', false],
  ])('%j → %s', (name, expected) => {
    expect(isOverviewId(name)).toBe(expected)
  })
})

describe('parseSessionMessage', () => {
  it('reads what the server sends', () => {
    expect(parseSessionMessage('{"type":"indsatsoverblik/session","user":{"name":"Chef Jensen","role":"reader"}}')).toEqual({
      type: 'indsatsoverblik/session',
      user: { name: 'Chef Jensen', role: 'reader' },
    })
  })

  it.each([
    'not json',
    'null',
    '"indsatsoverblik/session"',
    '{"type":"other","user":{"name":"A","role":"editor"}}',
    '{"type":"indsatsoverblik/session"}',
    '{"type":"indsatsoverblik/session","user":{"name":"A","role":"admin"}}',
    '{"type":"indsatsoverblik/session","user":{"name":1,"role":"editor"}}',
  ])('is null for %j', (payload) => {
    expect(parseSessionMessage(payload)).toBeNull()
  })
})

it('knows its refusal codes', () => {
  expect(isSyncRefusal('document-unreadable')).toBe(true)
  expect(isSyncRefusal('permission-denied')).toBe(false)
})
