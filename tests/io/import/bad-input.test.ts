// Bad input, each answered with one Danish sentence (src/strings/import-dialog.ts), never an exception.
import { describe, expect, it } from 'vitest'
import { importFile, importText, toDrafts } from '../../../src/io/import'
import { importErrorMessages, importNoteLabels } from '../../../src/strings/import-dialog'
import { tsv, unwrap } from './helpers'

const rows = (n: number) => ['Indsats\tFrist', ...Array.from({ length: n }, (_, i) => `Opgave ${i}\t2021`)].join('\n')

describe('bad input gets one sentence', () => {
  it.each([
    ['a table of one column', async () => importText('Et\nTo\nTre\nFire'), 'one-column'],
    ['50,001 rows', async () => importText(rows(50_001)), 'too-many-rows'],
    ['a broken .docx', async () => importFile({ name: 'Bilag.docx', data: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]) }), 'unreadable'],
    ['a password-protected .docx', async () => importFile({ name: 'Bilag.docx', data: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) }), 'encrypted'],
  ] as const)('%s → %s', async (_, read, code) => {
    const result = await read()
    expect(result).toMatchObject({ ok: false, code })
    expect(importErrorMessages[code]).toMatch(/^[A-ZÆØÅ].*\.$/)
  })

  it('50,000 lines with the header are still read', () => {
    expect(unwrap(importText(rows(49_999))).rows).toHaveLength(49_999)
  })

  it.each([
    ['the indsats', 1],
    ['the status', 2],
  ])('a 1 MB cell in %s: the row is flagged "Teksten er for lang" and the import waits', (_, column) => {
    const cells = ['Opgave', '2021', 'I gang']
    cells[column === 1 ? 0 : 2] = 'x'.repeat(1_000_000)
    const plan = unwrap(importText(tsv(['Indsats', 'Frist', 'Status'], cells, ['Kort', '2021', 'I gang'])))
    expect(plan.rows[0]?.notes).toContain('text-too-long')
    expect(importNoteLabels['text-too-long']).toBe('Teksten er for lang')
    expect(toDrafts(plan, { reference: '2021-01-20' })).toMatchObject({ ok: false, code: 'rows-need-attention', detail: '1' })
  })
})
