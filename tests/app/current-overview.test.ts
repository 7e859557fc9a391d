/** Which overview opens: the URL's, the most recent when the URL names none, never another in place of a missing one. */
import { describe, expect, it } from 'vitest'
import { resolveOpenOverview, type Awaited } from '../../src/app/use-current-overview'
import type { Overview } from '../../src/domain/model'

const overview = (id: string): Overview => ({
  id,
  title: `Oversigt ${id}`,
  committee: '',
  caseNumber: '',
  meetingDate: '',
  legend: { A: '', B: '', C: '' }, columns: [],
  createdAt: '2021-01-18T08:00:00.000Z',
  updatedAt: '2021-01-18T08:00:00.000Z',
})
// Most recently changed first, as the live list gives them.
const list = [overview('nyeste'), overview('ældre')]

type Case = [string, Parameters<typeof resolveOpenOverview>, { status: string; current?: string; missingId?: string | null; arriving?: boolean }]
const awaiting = (id: string, from?: string): Awaited => ({ id, from })

describe('which overview opens', () => {
  it.each<Case>([
    ['no o: the most recently changed', ['done', list, null, null, false], { status: 'ready', current: 'nyeste', missingId: null }],
    ['o names one that is here', ['done', list, 'ældre', null, true], { status: 'ready', current: 'ældre', missingId: null }],
    ['o names one that is not here: missing, nothing in its place', ['done', list, 'ukendt', null, false], { status: 'ready', current: undefined, missingId: 'ukendt' }],
    ['o names one this tab just wrote: the page stays where it was', ['done', list, 'ny', awaiting('ny', 'ældre'), false], { status: 'ready', current: 'ældre', missingId: null }],
    ['just written, from nowhere: loading, not missing', ['done', list, 'ny', awaiting('ny'), false], { status: 'ready', current: undefined, missingId: null, arriving: true }],
    ['the open one vanished (deleted): the most recent, not "missing"', ['done', list, 'slettet', null, true], { status: 'ready', current: 'nyeste', missingId: null }],
    ['the example being seeded, no o: loading', ['done', [], null, awaiting('eksempel'), false], { status: 'loading' }],
    ['the example being seeded, o unknown: loading until the list is in', ['done', [], 'ukendt', awaiting('eksempel'), false], { status: 'ready', current: undefined, arriving: true }],
    ['an empty browser, nothing being seeded', ['done', [], null, null, false], { status: 'ready', current: undefined, missingId: null }],
    ['the list not read yet', ['done', undefined, 'ældre', null, false], { status: 'loading' }],
    ['first run, seeding not done, nothing here yet', ['pending', [], null, null, false], { status: 'loading' }],
    ['an existing overview opens without waiting for the seeding check', ['pending', list, null, null, false], { status: 'ready', current: 'nyeste' }],
    ['the database could not be opened', ['failed', list, null, null, false], { status: 'failed' }],
  ])('%s', (_case, args, expected) => {
    const state = resolveOpenOverview(...args)
    const { current, ...rest } = state.status === 'ready' ? state : { ...state, current: undefined }
    expect({ ...rest, current: current?.id }).toMatchObject(expected)
  })
})
