import { describe, expect, it } from 'vitest'
import { overviewLink, parseOverviewRef, parseServerAddress, serverOfLink } from '../../src/domain/sync-address'

describe('parseServerAddress', () => {
  it.each([
    ['https://indsats.kommune.dk', 'https://indsats.kommune.dk', 'wss://indsats.kommune.dk/sync'],
    ['https://indsats.kommune.dk/', 'https://indsats.kommune.dk', 'wss://indsats.kommune.dk/sync'],
    ['  indsats.kommune.dk  ', 'https://indsats.kommune.dk', 'wss://indsats.kommune.dk/sync'],
    ['http://127.0.0.1:1234', 'http://127.0.0.1:1234', 'ws://127.0.0.1:1234/sync'],
    ['ws://127.0.0.1:1234/sync', 'http://127.0.0.1:1234', 'ws://127.0.0.1:1234/sync'],
    ['wss://kommune.dk/indsats/sync/', 'https://kommune.dk/indsats', 'wss://kommune.dk/indsats/sync'],
    ['https://kommune.dk/indsats/index.html', 'https://kommune.dk/indsats', 'wss://kommune.dk/indsats/sync'],
    ['http://[::1]:1234', 'http://[::1]:1234', 'ws://[::1]:1234/sync'],
  ])('%s', (input, app, sync) => {
    expect(parseServerAddress(input)).toEqual({ app, sync })
  })

  it.each(['', '   ', 'ftp://kommune.dk', 'https://', 'https://bruger:kode@kommune.dk', 'javascript:alert(1)', 'http://[::1', '*', "'unsafe-inline'", 'https://a_b.dk'])('refuses %j', (input) => {
    expect(parseServerAddress(input)).toBeNull()
  })
})

describe('parseOverviewRef', () => {
  const id = '3f2c1a9e-5b7d-4c8e-9f10-2a3b4c5d6e7f'
  it.each([
    [id, id],
    [`  ${id} `, id],
    [`https://indsats.kommune.dk/?o=${id}`, id],
    [`http://127.0.0.1:1234/?o=${id}&pr=2021-03-01`, id],
    ['https://indsats.kommune.dk/?o=../etc', null],
    ['https://indsats.kommune.dk/', null],
    ['ikke et id', null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(parseOverviewRef(input)).toBe(expected)
  })

  it('a link names its server, and the link is made the same way', () => {
    const server = parseServerAddress('https://kommune.dk/indsats')!
    expect(overviewLink(server, id)).toBe(`https://kommune.dk/indsats/?o=${id}`)
    expect(serverOfLink(overviewLink(server, id))).toEqual(server)
    expect(serverOfLink(id)).toBeNull()
  })
})
