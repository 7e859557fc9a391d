/** Text helpers shared by search and sorting. */

const COMBINING_MARKS = /[\u0300-\u036f]/g

/** Case- and accent-insensitive form for searching ("Ærø", "aero", "É" → comparable). */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase()
}

/** Danish collation: æ, ø, å after z; numbers compared as numbers. */
export const danishCollator = new Intl.Collator('da', { sensitivity: 'base', numeric: true })
export const compareDanish = (a: string, b: string): number => danishCollator.compare(a, b)
