/** The column registry (./registry.ts) and what follows from a column's kind (./kinds.ts). */
export * from './registry'
export * from './kinds'
export * from './visibility'
export * from './ids'
export { EXTRA_COLUMN_TYPES, type ExtraColumn, type ExtraColumnType, type ExtraValue, type ExtraValues } from './extra-types'
