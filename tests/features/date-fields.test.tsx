// @vitest-environment jsdom
/** Opgjort pr. (the first screen's date field, whose parser loads on first use) and the title counter. */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useState } from 'react'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { AsOfField } from '../../src/features/table/AsOfField'
import { CharacterCount } from '../../src/ui/CharacterCount'

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

const TODAY = '2021-02-01'

function AsOf({ onChange }: { onChange: (asOf: string | null) => void }) {
  const [chosen, setChosen] = useState<string | null>('2021-03-01')
  return (
    <AsOfField
      id="asof"
      asOf={chosen ?? TODAY}
      chosen={chosen !== null}
      meetingDate="2021-01-20"
      onChange={(next) => {
        onChange(next)
        setChosen(next)
      }}
    />
  )
}

describe('Opgjort pr.', () => {
  it('applies a whole valid date as typed, and nothing before it is whole', async () => {
    const onChange = vi.fn()
    render(<AsOf onChange={onChange} />)
    const field = screen.getByLabelText('Opgjort pr.') as HTMLInputElement
    expect(field.value).toBe('01.03.2021')
    for (const partial of ['2', '20', '20.0', '20.01', '20.01.', '20.01.2', '20.01.20', '20.01.202']) fireEvent.change(field, { target: { value: partial } })
    fireEvent.change(field, { target: { value: '20.01.2021' } })
    await waitFor(() => expect(onChange).toHaveBeenCalledWith('2021-01-20'))
    expect(onChange).toHaveBeenCalledTimes(1)
    // The text as typed stays while typing; no message.
    expect(field.value).toBe('20.01.2021')
    expect(field.getAttribute('aria-invalid')).toBeNull()
  })

  it.each(['12.03', '31.02.2021', 'i morgen'])('on Enter, %j is pointed out and the last valid date is kept', async (typed) => {
    const onChange = vi.fn()
    render(<AsOf onChange={onChange} />)
    const field = screen.getByLabelText('Opgjort pr.')
    fireEvent.change(field, { target: { value: typed } })
    fireEvent.keyDown(field, { key: 'Enter' })
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'))
    expect(screen.getByText('Skriv en gyldig dato som dd.mm.åååå.').id).toBe('asof-error')
    expect(field.getAttribute('aria-describedby')).toContain('asof-error')
    expect(onChange).not.toHaveBeenCalled()
  })

  it('tidies a written date on blur, follows a date set from outside, and goes back to today when emptied', async () => {
    const onChange = vi.fn()
    render(<AsOf onChange={onChange} />)
    const field = screen.getByLabelText('Opgjort pr.') as HTMLInputElement
    fireEvent.change(field, { target: { value: '15. marts 2021' } })
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith('2021-03-15'))
    fireEvent.blur(field)
    await waitFor(() => expect(field.value).toBe('15.03.2021'))

    fireEvent.click(screen.getByRole('button', { name: 'Mødedato' }))
    expect(field.value).toBe('20.01.2021')

    fireEvent.change(field, { target: { value: '' } })
    fireEvent.blur(field)
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith(null))
    await waitFor(() => expect(field.value).toBe('01.02.2021'))
    expect(screen.queryByRole('button', { name: 'I dag' })).toBeNull()
  })
})

describe('the character counter', () => {
  it.each([
    [245, '245 af 1.000 tegn', ''],
    [899, '899 af 1.000 tegn', ''],
    [950, '950 af 1.000 tegn', 'Du har 50 tegn tilbage.'],
    [1000, '1.000 af 1.000 tegn', 'Du har 0 tegn tilbage.'],
    [1001, '1.001 af 1.000 tegn', 'Du har skrevet 1 tegn for meget.'],
    [20000, '20.000 af 1.000 tegn', 'Du har skrevet 19.000 tegn for meget.'],
  ])('%i characters: shows %j, and tells screen readers %j once typing pauses', (length, shown, announced) => {
    vi.useFakeTimers()
    render(<CharacterCount id="count" length={length} max={1000} />)
    expect(document.getElementById('count')?.textContent).toBe(shown)
    const live = document.querySelector('[aria-live="polite"]')!
    expect(live.textContent).toBe('')
    act(() => vi.advanceTimersByTime(1000))
    expect(live.textContent).toBe(announced)
  })
})
