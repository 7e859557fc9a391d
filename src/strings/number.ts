/**
 * Numbers as Danish readers write them: 5.000, 10.000 (a full stop between thousands).
 * Every count the user sees goes through here, on screen and in the app's messages.
 *
 * Imports nothing, so any strings file may use it; the formatter is built once (one per
 * call costs ~20 µs). Marked pure: a top-level `new` the bundler must assume has side
 * effects would pull every strings file that imports this one into the first load.
 */
const danish = /* @__PURE__ */ new Intl.NumberFormat('da-DK')

/** "10.000", "250", "0". */
export const formatCount = (n: number): string => danish.format(n)

/** "1 indsats", "10.000 indsatser": a count with its noun in singular or plural. */
export const countOf = (n: number, one: string, many: string): string => `${formatCount(n)} ${n === 1 ? one : many}`
