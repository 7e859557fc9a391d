// @vitest-environment jsdom
/** The row form's fields come from the column registry: labels, order, kinds, limits, help text and required. */
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/react'
import { InitiativeForm } from '../../src/features/editor/InitiativeForm'
import { FIELD_EDITORS } from '../../src/features/editor/field-editors'
import { BUILT_IN_COLUMNS, COLUMN_KINDS, columnsOf, type ColumnSpec } from '../../src/domain/columns'

afterEach(cleanup)

const overview = { meetingDate: '2021-01-20', columns: [{ id: 'xbudget', name: 'Budget', type: 'number' as const }, { id: 'xstart', name: 'Opstart', type: 'date' as const }] }

function renderForm(columns: readonly ColumnSpec[]) {
  render(<InitiativeForm overview={overview} today="2021-02-01" areas={['Tilsyn']} columns={columns} onSave={async () => ({ kind: 'saved' })} onClose={() => {}} />)
  const form = document.querySelector('form.initiative-form')!
  return [...form.querySelectorAll('label.form-label')].map((label) => label.textContent)
}

describe('the row form', () => {
  it('has the fields of ui.md, in order, then the overview\'s extra columns', () => {
    expect(renderForm(columnsOf(overview))).toEqual([
      'Indsatsområde', 'Kategori', 'Indsats', 'Hvordan implementeres det', 'Hvornår forventes det implementeret', 'Fast frist', 'Status', 'Ansvarlig', 'Noter', 'Budget', 'Opstart',
    ])
  })

  it('gives a column added to the registry a field of its kind, with its label, limit, help text and required', () => {
    const contact: ColumnSpec = { ...BUILT_IN_COLUMNS.find((c) => c.id === 'owner')!, id: 'contact', label: 'Kontakt', form: { required: true, maxLength: 80, hint: 'Hvem spørger man.' } }
    const labels = renderForm([...BUILT_IN_COLUMNS, contact])
    expect(labels.at(-1)).toBe('Kontakt')
    const input = screen.getByLabelText('Kontakt')
    expect(input.tagName).toBe('INPUT')
    expect(input.getAttribute('aria-required')).toBe('true')
    const describedBy = input.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent)
    expect(describedBy).toEqual(['Hvem spørger man.', '0 af 80 tegn'])
  })

  it('reads each field\'s input from the column kind', () => {
    renderForm(columnsOf(overview))
    expect(screen.getByLabelText('Kategori').tagName).toBe('SELECT')
    expect(screen.getByLabelText('Status').tagName).toBe('SELECT')
    expect(screen.getByLabelText('Indsats').tagName).toBe('TEXTAREA')
    expect(screen.getByLabelText('Indsats').getAttribute('aria-required')).toBe('true')
    expect(screen.getByLabelText('Hvordan implementeres det').getAttribute('rows')).toBe('4')
    expect(screen.getByLabelText('Indsatsområde').getAttribute('list')).toBeTruthy()
    expect(screen.getByLabelText('Budget').getAttribute('inputmode')).toBe('decimal')
    expect(screen.getByText('0 af 1.000 tegn')).toBeTruthy()
  })
})

describe('the registry and the form', () => {
  it.each(BUILT_IN_COLUMNS.map((c) => [c.id, c] as const))('%s is a form field exactly when it is editable, with an editor for its kind', (_, column) => {
    expect(Boolean(column.form)).toBe(column.editable)
    if (column.editable) expect(FIELD_EDITORS[column.kind]).not.toBeNull()
  })

  it('decides for every kind whether it has an editor', () => {
    expect(Object.keys(FIELD_EDITORS).sort()).toEqual([...COLUMN_KINDS].sort())
  })
})
