import type { PrintItem } from './paginate'

/** A React key for a print item: a row by its id, a heading by its area and place. */
export const printItemKey = (item: PrintItem, place: number | string): string => (item.kind === 'row' ? item.row.initiative.id : `heading-${place}-${item.area}`)
