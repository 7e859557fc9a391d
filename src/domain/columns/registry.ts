/**
 * One definition per column: the registry every part of the app reads its columns from —
 * the table (its TanStack column defs and cells), the sort, Søg, the row form, the
 * changes since a meeting, and every export. A built-in column is one entry here and a
 * label in src/strings/core.ts (`columnLabels`); an overview's own extra columns are made
 * from `overview.columns` by `columnsOf`.
 *
 * What a column does follows from its kind (./kinds.ts), through maps keyed by every kind
 * (`Record<ColumnKind, …>`), so a new kind that some part does not handle does not compile.
 */
import type { Initiative, Overview } from '../model'
import type { ExtraColumn, ExtraColumnType } from './extra'
import type { ColumnKind } from './kinds'
import { columnLabels, t, type ColumnId } from '../../strings/core'
import { INITIATIVE_TITLE_MAX } from '../limits'

/** Where a column's value lives. */
export type ColumnSource =
  | { from: 'field'; field: StoredField }
  | { from: 'extra'; column: ExtraColumn }
  /** Derived for a date (Frist, Markering) or from the status log (Seneste status). */
  | { from: 'derived' }

/** The fields of an indsats a column can show or edit. */
export type StoredField = 'area' | 'category' | 'title' | 'method' | 'deadlineText' | 'fixedDeadline' | 'status' | 'owner' | 'notes'

/**
 * How a column is a field of the row form (Ny indsats, Rediger). The input follows from the
 * column's kind (src/features/editor/field-editors.tsx); these are what a kind does not say.
 */
export interface FormSpec {
  /** The field's label when it is not the column's header ("Kategori" for ABC). */
  label?: string
  /** Help text under the label. */
  hint?: string
  /** The data model refuses the row without it (the schema decides; this tells assistive technology). */
  required: boolean
  /** Counted as typed ("245 af 1.000 tegn"), and held to this many characters before Gem. */
  maxLength?: number
  /** Lines of a text block (long text). */
  rows?: number
}

export interface ColumnSpec {
  /** A built-in's name in code (`area` …) or an extra column's id (`x…`). */
  id: string
  kind: ColumnKind
  /** The header and the field label: Danish, from src/strings (a built-in) or the user's name (an extra column). */
  label: string
  source: ColumnSource
  /** A column of the on-screen table (and of the Kolonner menu). */
  inTable: boolean
  hiddenByDefault: boolean
  /** Its text is looked in by Søg. */
  searchable: boolean
  /** Edited in the row form. */
  editable: boolean
  /** The row form's field (an editable column has one), in registry order. */
  form?: FormSpec
  /** Compared in "Ændringer siden …". */
  inDiff: boolean
  /** Written by the exports (the whole overview, and the view when shown). */
  exported: boolean
  /** Offered in the bulk bar ("Sæt kategori" …). */
  bulk: boolean
  /**
   * The header names an imported table may give it, as secretaries write them; stronger
   * names first (the importer, src/io/import/header.ts, folds them and breaks ties by this order).
   */
  importNames?: readonly string[]
}

type BuiltIn = Omit<ColumnSpec, 'label' | 'id'> & { id: ColumnId }

const stored = (field: StoredField) => ({ from: 'field', field }) as const
const derived = { from: 'derived' } as const
const shown = { inTable: true, hiddenByDefault: false, exported: true } as const
const formOnly = { inTable: false, hiddenByDefault: false, exported: false } as const

/**
 * The built-in columns in the Bilag 1 order, then the app's own; form-only fields where the
 * form shows them (Fast frist beside the deadline it overrides, Noter last) and the export's
 * Markering last. The row form, the diff and the conflict panel take this order.
 */
const BUILT_INS: readonly BuiltIn[] = [
  { id: 'area', kind: 'short-text', source: stored('area'), ...shown, searchable: true, editable: true, form: { required: false }, inDiff: true, bulk: true, importNames: ['Indsatsområde', 'Indsatsområder', 'Område', 'Områder', 'Tema', 'Temaer', 'Fagområde', 'Emne', 'Delområde', 'Fase', 'Faser', 'Spor', 'Hovedområde'] },
  { id: 'category', kind: 'category', source: stored('category'), ...shown, searchable: true, editable: true, form: { label: t.categoryField, required: true }, inDiff: true, bulk: true, importNames: ['ABC', 'Kategori', 'Kat.', 'ABC-kategori', 'Kategori (ABC)', 'A/B/C'] },
  { id: 'title', kind: 'long-text', source: stored('title'), ...shown, searchable: true, editable: true, form: { required: true, maxLength: INITIATIVE_TITLE_MAX, rows: 3 }, inDiff: true, bulk: false, importNames: ['Indsats', 'Indsatser', 'Initiativ', 'Initiativer', 'Titel', 'Indsatsens navn', 'Sag', 'Sager', 'Aktivitet', 'Aktiviteter', 'Milepæl', 'Milepæle', 'Milepæler', 'Handling', 'Handlinger', 'Tiltag', 'Projekt', 'Projekter', 'Opgave', 'Opgaver', 'Leverance'] },
  { id: 'method', kind: 'long-text', source: stored('method'), ...shown, searchable: true, editable: true, form: { required: false, rows: 4 }, inDiff: true, bulk: false, importNames: ['Hvordan implementeres det', 'Hvordan implementeres', 'Hvordan', 'Implementering', 'Metode', 'Udmøntning'] },
  { id: 'deadlineText', kind: 'deadline-text', source: stored('deadlineText'), ...shown, searchable: true, editable: true, form: { required: false }, inDiff: true, bulk: false, importNames: ['Hvornår forventes det implementeret', 'Hvornår forventes det', 'Hvornår', 'Tidsplan', 'Frist', 'Tidsfrist', 'Deadline', 'Slutdato', 'Forventet fremsendt', 'Forventet implementering', 'Forventet implementeret', 'Forventet afsluttet', 'Leveringstidspunkt', 'Idriftsættelse', 'Tidsramme', 'Tidspunkt', 'Dato', 'Periode'] },
  { id: 'deadline', kind: 'deadline', source: derived, ...shown, searchable: false, editable: false, inDiff: false, bulk: false },
  { id: 'fixedDeadline', kind: 'date', source: stored('fixedDeadline'), ...formOnly, searchable: false, editable: true, form: { label: t.fixedDeadlineField, hint: t.fixedDeadlineHint, required: false }, inDiff: true, bulk: false },
  { id: 'status', kind: 'status', source: stored('status'), ...shown, searchable: false, editable: true, form: { required: true }, inDiff: true, bulk: true, importNames: ['Status', 'Status på indsatsen', 'Statusmarkering'] },
  { id: 'owner', kind: 'short-text', source: stored('owner'), ...shown, searchable: true, editable: true, form: { required: false }, inDiff: true, bulk: true, importNames: ['Ansvarlig', 'Ansvarlige', 'Ansvar', 'Tovholder', 'Ejer', 'Afd.', 'Afdeling', 'Enhed', 'Team', 'Forvaltning'] },
  { id: 'latestStatus', kind: 'latest-status', source: derived, ...shown, hiddenByDefault: true, searchable: true, editable: false, inDiff: false, bulk: false },
  { id: 'notes', kind: 'long-text', source: stored('notes'), ...formOnly, searchable: true, editable: true, form: { required: false, rows: 3 }, inDiff: true, bulk: false, importNames: ['Noter', 'Note', 'Bemærkninger', 'Bemærkning', 'Kommentar', 'Kommentarer'] },
  // Written beside Frist in every export (the flag as text); on screen it is Frist's badge.
  { id: 'flag', kind: 'flag', source: derived, inTable: false, hiddenByDefault: false, exported: true, searchable: false, editable: false, inDiff: false, bulk: false },
]

export const BUILT_IN_COLUMNS: readonly ColumnSpec[] = BUILT_INS.map((spec) => ({ ...spec, label: columnLabels[spec.id] }))

const byId = new Map(BUILT_IN_COLUMNS.map((spec) => [spec.id, spec]))
export const builtInColumn = (id: string): ColumnSpec | undefined => byId.get(id)

/** The kind an extra column's type gives it. */
export const EXTRA_KIND: Record<ExtraColumnType, ColumnKind> = { text: 'short-text', number: 'number', date: 'date' }

export function extraColumnSpec(column: ExtraColumn): ColumnSpec {
  return {
    id: column.id,
    kind: EXTRA_KIND[column.type],
    label: column.name,
    source: { from: 'extra', column },
    inTable: true,
    hiddenByDefault: false,
    searchable: true,
    editable: true,
    form: { required: false },
    inDiff: true,
    exported: true,
    bulk: false,
  }
}

const memo = new WeakMap<readonly ExtraColumn[], readonly ColumnSpec[]>()

/** Every column of an overview: the built-ins, then its own extra columns in their order. The same array while the overview's columns are the same. */
export function columnsOf(overview: Pick<Overview, 'columns'> | undefined): readonly ColumnSpec[] {
  const extras = overview?.columns ?? []
  if (!extras.length) return BUILT_IN_COLUMNS
  let specs = memo.get(extras)
  if (!specs) memo.set(extras, (specs = [...BUILT_IN_COLUMNS, ...extras.map(extraColumnSpec)]))
  return specs
}

/** The table's columns (what Kolonner lists) in display order. */
export const tableColumns = (overview: Pick<Overview, 'columns'> | undefined) => columnsOf(overview).filter((c) => c.inTable)

/** A stored value of a column (undefined for a derived one, or an empty extra value). */
export function storedValue(spec: ColumnSpec, initiative: Initiative): Initiative[StoredField] | number | undefined {
  switch (spec.source.from) {
    case 'field':
      return initiative[spec.source.field]
    case 'extra':
      return initiative.extra?.[spec.source.column.id]
    case 'derived':
      return undefined
  }
}
