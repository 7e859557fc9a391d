// @vitest-environment jsdom
/** The status log in Rediger is controlled: what is added, deleted or typed stays pending in StatusLogEdit until Gem. */
import { afterEach, describe, expect, it } from 'vitest'
import { useReducer } from 'react'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { StatusChangeNote, StatusLogPanel } from '../../src/features/status-log/parts'
import { startStatusLogEdit, statusLogReducer, type StatusLogEdit } from '../../src/domain/status-log-edit'
import type { StatusEntry } from '../../src/domain/model'

afterEach(cleanup)

const TODAY = '2021-02-01'
const saved = (id: string, date: string, text: string): StatusEntry => ({ id, initiativeId: 'i', overviewId: 'o', date, text, author: '', createdAt: '2021-01-01T00:00:00.000Z' })
const entries = [saved('s1', '2021-01-11', 'Afdækningsfasen er i gang.'), saved('s2', '2021-01-19', 'Drøftet med MED.')]

/** The panel as RowEditor holds it, with the state visible to the test. */
function Harness({ onState }: { onState: (edit: StatusLogEdit) => void }) {
  const [edit, dispatch] = useReducer(statusLogReducer, TODAY, startStatusLogEdit)
  onState(edit)
  return (
    <>
      <StatusChangeNote suggested="Status ændret fra Ikke påbegyndt til I gang." edit={edit} today={TODAY} dispatch={dispatch} />
      <StatusLogPanel entries={entries} edit={edit} dispatch={dispatch} />
    </>
  )
}

function setup() {
  let state!: StatusLogEdit
  render(<Harness onState={(edit) => (state = edit)} />)
  return () => state
}

const texts = () => [...document.querySelectorAll('.status-log__text')].map((p) => p.textContent)

describe('the status log panel', () => {
  it('shows saved entries newest first, and an added one as pending, not saved yet', () => {
    const state = setup()
    expect(texts()).toEqual(['Drøftet med MED.', 'Afdækningsfasen er i gang.'])
    const form = screen.getByRole('form', { name: 'Tilføj opdatering' })
    expect((within(form).getByLabelText('Dato for opdateringen') as HTMLInputElement).value).toBe('01.02.2021')
    fireEvent.change(within(form).getByLabelText('Opdatering'), { target: { value: 'Ny status.' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Tilføj opdatering' }))
    expect(texts()).toEqual(['Ny status.', 'Drøftet med MED.', 'Afdækningsfasen er i gang.'])
    expect(screen.getAllByText('Ikke gemt endnu')).toHaveLength(1)
    expect(screen.getByRole('status').textContent).toBe('Opdateringen er sat ind i loggen. Den gemmes, når du trykker Gem.')
    expect(state().added).toEqual([{ key: 'pending-1', date: TODAY, text: 'Ny status.', author: '' }])

    // Taken back: gone, and focus goes to the log's heading rather than nowhere.
    fireEvent.click(screen.getByRole('button', { name: 'Slet opdatering fra 1. februar 2021' }))
    expect(state().added).toEqual([])
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Statuslog' }))
  })

  it('refuses Tilføj with a half-typed date or no text, saying so beside the field', () => {
    const state = setup()
    const form = screen.getByRole('form', { name: 'Tilføj opdatering' })
    const date = within(form).getByLabelText('Dato for opdateringen')
    fireEvent.change(date, { target: { value: '12.03' } })
    fireEvent.change(within(form).getByLabelText('Opdatering'), { target: { value: 'Tekst' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Tilføj opdatering' }))
    expect(date.getAttribute('aria-invalid')).toBe('true')
    expect(within(form).getByText('Skriv en gyldig dato som dd.mm.åååå.')).toBeTruthy()
    expect(document.activeElement).toBe(date)
    expect(state().added).toEqual([])
  })

  it('marks a saved entry for deletion, and keeps it again', () => {
    const state = setup()
    fireEvent.click(screen.getByRole('button', { name: 'Slet opdatering fra 11. januar 2021' }))
    expect(state().removed).toEqual(['s1'])
    expect(screen.getByText('Slettes, når du gemmer')).toBeTruthy()
    expect(texts()).toEqual(['Drøftet med MED.', 'Afdækningsfasen er i gang.'])
    fireEvent.click(screen.getByRole('button', { name: 'Behold opdateringen fra 11. januar 2021' }))
    expect(state().removed).toEqual([])
  })
})

describe('the entry offered for a changed Status', () => {
  it('is editable, dated today, and left out with one click — focus follows the button pressed', () => {
    const state = setup()
    const note = screen.getByLabelText('Skriv ændringen i loggen') as HTMLTextAreaElement
    expect(note.value).toBe('Status ændret fra Ikke påbegyndt til I gang.')
    expect(screen.getByText(/datoen 1\. februar 2021/)).toBeTruthy()
    // Appearing, it takes no focus: the user is on the Status field.
    expect(document.activeElement).toBe(document.body)
    fireEvent.change(note, { target: { value: 'Sat i gang efter mødet.' } })
    expect(state().note.text).toBe('Sat i gang efter mødet.')

    fireEvent.click(screen.getByRole('button', { name: 'Udelad' }))
    expect(state().note.leftOut).toBe(true)
    expect(screen.getByText('Ændringen skrives ikke i statusloggen.')).toBeTruthy()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Skriv den alligevel' }))
    fireEvent.click(screen.getByRole('button', { name: 'Skriv den alligevel' }))
    expect(document.activeElement).toBe(screen.getByLabelText('Skriv ændringen i loggen'))
    expect((document.activeElement as HTMLTextAreaElement).value).toBe('Sat i gang efter mødet.')
  })
})
