import { describe, expect, it } from 'vitest'
import { readPreamble } from '../../../src/io/import/preamble'

describe('readPreamble', () => {
  it.each([
    ['- a. Første', '- b. Anden', '- c. Tredje'],
    ['a) Første', 'b) Anden', 'c) Tredje'],
    ['A: Første', 'B: Anden', 'C: Tredje'],
    ['Kategori A – Første', 'Kategori B – Anden', 'Kategori C – Tredje'],
    ['• A. Første', '• B. Anden', '• C. Tredje'],
  ])('reads the legend written as %j', (...lines) => {
    expect(readPreamble([], ['Bilag 1', ...lines])).toEqual({
      title: 'Bilag 1',
      legend: { A: 'Første', B: 'Anden', C: 'Tredje' },
      legendFound: true,
      others: [],
    })
  })

  it('keeps every other line above the table as notes, never dropping it', () => {
    const read = readPreamble([], ['Sager på vej i 2025', 'Udarbejdet af sekretariatet.', 'a) Første.', 'Opdateres månedligt.'])
    expect(read.title).toBe('Sager på vej i 2025')
    expect(read.others).toEqual(['Udarbejdet af sekretariatet.', 'Opdateres månedligt.'])
  })

  it('joins a legend item that a PDF wrapped over several lines', () => {
    const { legend } = readPreamble([], [
      '- a. Indsatser, som allerede er implementeret, og indsatser der',
      'blev godkendt med sagen. Indsatserne kræver ikke',
      'BUU-behandling.',
      '- b. Kort.',
      'Tabel 1',
    ])
    expect(legend).toEqual({
      A: 'Indsatser, som allerede er implementeret, og indsatser der blev godkendt med sagen. Indsatserne kræver ikke BUU-behandling.',
      B: 'Kort.',
      C: '',
    })
  })

  it('prefers a title inside the table region over text outside it (sheet names of an HTML export)', () => {
    expect(readPreamble(['Overview', 'Sheet 2: Bilag 1'], ['Bilag 1 – overblik']).title).toBe('Bilag 1 – overblik')
    expect(readPreamble(['Bilag 1 – overblik', 'a) A-tekst'], []).title).toBe('Bilag 1 – overblik')
    expect(readPreamble([], ['x'.repeat(301)])).toMatchObject({ title: '', legendFound: false })
  })
})
