import { describe, expect, it } from 'vitest'
import { emptyValues, formValues, validateForm, type FormValues } from '../../src/features/editor/validate-draft'
import type { Initiative } from '../../src/domain/model'

const valid: FormValues = { ...emptyValues, category: 'B', title: 'Ny HR-Enhed' }

describe('the row form is checked before Gem', () => {
  it.each<[string, Partial<FormValues>, Record<string, string>]>([
    ['no category chosen', { category: '' }, { category: 'category' }],
    ['no title', { title: '   ' }, { title: 'required' }],
    ['a title of 1.001 characters', { title: 'x'.repeat(1001) }, { title: 'title-too-long' }],
    ['an impossible Fast frist', { fixedDeadline: '31.02.2021' }, { fixedDeadline: 'date' }],
    ['a Fast frist with no year', { fixedDeadline: '12.03' }, { fixedDeadline: 'date' }],
    ['a Fast frist with a two-digit year', { fixedDeadline: '12.03.20' }, { fixedDeadline: 'date' }],
    ['an area over the stored limit', { area: 'a'.repeat(501) }, { area: 'too-long' }],
    ['a deadline text over the stored limit', { deadlineText: 'd'.repeat(2001) }, { deadlineText: 'too-long' }],
    ['everything wrong at once', { category: '', title: '', fixedDeadline: 'i morgen' }, { category: 'category', title: 'required', fixedDeadline: 'date' }],
  ])('%s', (_case, patch, issues) => {
    expect(validateForm({ ...valid, ...patch })).toEqual({ ok: false, issues })
  })

  it.each<[string, Partial<FormValues>, string | undefined]>([
    ['no Fast frist', {}, undefined],
    ['dd.mm.åååå', { fixedDeadline: '15.06.2021' }, '2021-06-15'],
    ['written Danish', { fixedDeadline: '15. juni 2021' }, '2021-06-15'],
    ['ISO', { fixedDeadline: '2021-06-15' }, '2021-06-15'],
  ])('takes %s as the draft', (_case, patch, fixedDeadline) => {
    const result = validateForm({ ...valid, ...patch })
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.draft.fixedDeadline).toBe(fixedDeadline)
    if (result.ok && !fixedDeadline) expect('fixedDeadline' in result.draft).toBe(false)
  })

  it('takes a title of exactly 1.000 characters', () => {
    expect(validateForm({ ...valid, title: 'x'.repeat(1000) }).ok).toBe(true)
  })

  it('starts a new row with no category, and shows a stored Fast frist as dd.mm.åååå', () => {
    expect(formValues(undefined).category).toBe('')
    const row = { ...valid, category: 'C', fixedDeadline: '2021-06-15', id: 'i', overviewId: 'o', order: 1, createdAt: '', updatedAt: '', revision: 0 } as Initiative
    expect(formValues(row)).toMatchObject({ category: 'C', fixedDeadline: '15.06.2021' })
  })
})
