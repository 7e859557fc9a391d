/**
 * The data model's types and fixed values. The shapes are defined once, as zod
 * schemas in ./schemas, and the types here are derived from them; this module has
 * no runtime dependency on zod, so the first paint does not load it.
 *
 * Glossary (the Danish words users see, /work/shared/spec/ui.md and src/strings):
 *   Overview   = *oversigt*: one table for one case and meeting ("Bilag 1 – overblik over
 *                indsatser"). Not the dashboard: the "Overblik" button opens `dashboard`
 *                (src/features/dashboard, src/domain/dashboard.ts).
 *   Initiative = *indsats* (one row); `area` = *indsatsområde*; `category` = ABC / *kategori*;
 *   `method` = *Hvordan implementeres det*; `deadlineText` = *Hvornår forventes det
 *   implementeret* (as written, never changed); deadline = *Frist* (its reading, or
 *   `fixedDeadline`, *Fast frist*); `owner` = *Ansvarlig*; as-of date = *Opgjort pr.*;
 *   Snapshot = a *version* saved for a meeting; StatusEntry = a *statusopdatering*.
 */
import type * as z from 'zod/mini'
import type * as schemas from './schemas'

export const CATEGORIES = ['A', 'B', 'C'] as const
export type Category = (typeof CATEGORIES)[number]

/**
 * A row's category as the filters, counts and the dashboard know it: A, B, C, or 'none'
 * for a row with no category yet ("Uden kategori"; `category: null` in the data).
 * One list for the filter bar, the counts, the URL and the dashboard.
 */
export const CATEGORY_FILTER_VALUES = ['A', 'B', 'C', 'none'] as const
export type CategoryKey = (typeof CATEGORY_FILTER_VALUES)[number]
export const categoryKey = (category: Category | null): CategoryKey => category ?? 'none'
export const zeroCategoryCounts = (): Record<CategoryKey, number> => ({ A: 0, B: 0, C: 0, none: 0 })

/** Ikke påbegyndt · I gang · Implementeret · Sat i bero · Udgået */
export const STATUSES = ['not-started', 'in-progress', 'implemented', 'on-hold', 'dropped'] as const
export type Status = (typeof STATUSES)[number]

export type Legend = z.infer<typeof schemas.legendSchema>
export type Overview = z.infer<typeof schemas.overviewSchema>
export type Initiative = z.infer<typeof schemas.initiativeSchema>
export type StatusEntry = z.infer<typeof schemas.statusEntrySchema>
export type Snapshot = z.infer<typeof schemas.snapshotSchema>

/** The user-editable part of an initiative (what the form edits). */
export type InitiativeDraft = Pick<
  Initiative,
  'area' | 'category' | 'title' | 'method' | 'deadlineText' | 'fixedDeadline' | 'status' | 'owner' | 'notes' | 'extra'
>
