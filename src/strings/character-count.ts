/** Words of the counter under a title field (src/ui/CharacterCount.tsx); only the forms, which load on first use, show it. */

// Danish digit grouping: "1.000", not "1,000". Nothing runs when the module loads, so it
// stays out of the first screen, which imports every strings file through ./index.
const number = (n: number) => n.toLocaleString('da-DK')
const tegn = (n: number) => `${number(n)} tegn`

export const characterCountText = {
  /** "245 af 1.000 tegn" */
  count: (length: number, max: number) => `${number(length)} af ${tegn(max)}`,
  /** Said to screen readers only near the limit. */
  left: (n: number) => `Du har ${tegn(n)} tilbage.`,
  over: (n: number) => `Du har skrevet ${tegn(n)} for meget.`,
  /** Beside the field when Gem is pressed over the limit. */
  tooLong: (max: number) => `Teksten er for lang. Der må højst være ${tegn(max)}.`,
} as const
