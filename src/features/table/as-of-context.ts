/** The as-of date (Opgjort pr.) for the cells that word a deadline relative to it ("om 12 dage"). */
import { createContext } from 'react'

export const AsOfContext = createContext('')
