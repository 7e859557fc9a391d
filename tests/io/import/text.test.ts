import { describe, expect, it } from 'vitest'
import { cleanCell, readStatus } from '../../../src/io/import/text'

describe('cleanCell', () => {
  it('leaves clean cells as they are and cleans the rest', () => {
    expect(cleanCell('Er implementeret')).toBe('Er implementeret')
    expect(cleanCell(' foran')).toBe('foran')
    expect(cleanCell('bagved ')).toBe('bagved')
    // Runs of plain spaces are the author's ("dec.  2011" in a real table) and kept verbatim.
    expect(cleanCell('to  mellemrum')).toBe('to  mellemrum')
    expect(cleanCell('to \t mellemrum')).toBe('to mellemrum')
    expect(cleanCell('linje\nskift\u00a0og\u200b blødt\u00ad')).toBe('linje skift og blødt')
    expect(cleanCell(' ')).toBe('')
  })
})

describe('readStatus', () => {
  it('reads the words as written, in lower case, and folded', () => {
    expect(readStatus('Ikke påbegyndt')).toBe('not-started')
    expect(readStatus('i gang')).toBe('in-progress')
    expect(readStatus('IMPLEMENTERET')).toBe('implemented')
    expect(readStatus('Sat i bero.')).toBe('on-hold')
    expect(readStatus('Udgaaet')).toBe('dropped')
    expect(readStatus('Måske')).toBeNull()
  })
})
