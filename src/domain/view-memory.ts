/**
 * The view each overview was last shown with in this browser (Opgjort pr., filters,
 * sort, grouping), so opening it again or reloading the page brings it back.
 *
 * Kept as one JSON object, overview id → the view's query string (the URL's own form,
 * read by the same `viewFromQuery`), the most recently shown last, at most
 * MAX_REMEMBERED overviews. Reading is tolerant: anything that is not such an object,
 * or an entry that is not a string, is ignored, never an error. Pure: the caller reads
 * and writes the storage.
 */
import { carriesView, defaultView, viewFromQuery, viewToQuery, type ViewState } from './view-state'

/** Enough for every overview a secretary works with; the oldest are forgotten first. */
export const MAX_REMEMBERED = 50

export type ViewMemory = ReadonlyMap<string, string>

/** The memory from its stored text (null when there is none); garbage gives an empty memory. */
export function readViewMemory(text: string | null): ViewMemory {
  let parsed: unknown
  try {
    parsed = JSON.parse(text ?? '{}')
  } catch {
    return new Map()
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return new Map()
  return new Map(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
}

export const writeViewMemory = (memory: ViewMemory): string => JSON.stringify(Object.fromEntries(memory))

/** The memory with this overview's view as the most recent (the default view is remembered too: it replaces an older one). */
export function rememberView(memory: ViewMemory, overviewId: string, view: ViewState): ViewMemory {
  const next = new Map(memory)
  next.delete(overviewId)
  next.set(overviewId, viewToQuery(view))
  for (const oldest of next.keys()) {
    if (next.size <= MAX_REMEMBERED) break
    next.delete(oldest)
  }
  return next
}

/** The view remembered for an overview, if any. */
export function recalledView(memory: ViewMemory, overviewId: string): ViewState | undefined {
  const query = memory.get(overviewId)
  return query === undefined ? undefined : viewFromQuery(query)
}

/**
 * The view an overview opens with: the URL's when it carries any part of a view and
 * is about this overview (a bookmark or a shared link shows exactly what it says), else
 * the one remembered for it, else the default.
 */
export function openingView(query: string, urlIsAboutThisOverview: boolean, remembered: ViewState | undefined): ViewState {
  if (urlIsAboutThisOverview && carriesView(query)) return viewFromQuery(query)
  return remembered ?? defaultView
}
