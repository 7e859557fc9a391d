/**
 * The counter under a field with a length limit: "245 af 1.000 tegn", always visible and
 * read with the field (give the field `aria-describedby={id}`). Screen readers are told
 * only near or over the limit, once typing pauses — not at every keystroke.
 */
import { useEffect, useState } from 'react'
import { characterCountText as tx } from '../strings/character-count'
import './fields.css'

/** "Near" is the last tenth of the limit. */
const NEAR = 0.9
/** How long typing must pause before the remaining count is announced. */
const PAUSE_MS = 1000

export function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  const over = length > max
  const near = length >= Math.floor(max * NEAR)
  const [announced, setAnnounced] = useState('')

  useEffect(() => {
    if (!near) return
    const timer = setTimeout(() => setAnnounced(over ? tx.over(length - max) : tx.left(max - length)), PAUSE_MS)
    return () => clearTimeout(timer)
  }, [near, over, length, max])

  return (
    <>
      <span id={id} className={`form-hint character-count${over ? ' character-count--over' : ''}`}>
        {tx.count(length, max)}
      </span>
      <span className="sr-only" aria-live="polite">
        {near ? announced : ''}
      </span>
    </>
  )
}
