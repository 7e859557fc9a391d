/**
 * A link names an overview this browser does not have (`?o=<id>`): say so, say how to get
 * it here (a backup today; a shared overview once sharing exists — each way is one sentence
 * in missingOverviewText.ways), and offer the overviews that are here. Nothing is opened in
 * its place, and the URL is left exactly as it came.
 */
import type { Overview } from '../domain/model'
import { missingOverviewText as tx } from '../strings/example'

/** The most recently changed are offered here; "Oversigter" in the top bar lists them all. */
const OFFERED = 5

interface MissingOverviewProps {
  /** The overviews in this browser, most recently changed first. */
  overviews: Overview[]
  onOpen: (id: string) => void
  onRestore: () => void
  onPrepareRestore: () => void
  onCreate: () => void
}

export function MissingOverview({ overviews, onOpen, onRestore, onPrepareRestore, onCreate }: MissingOverviewProps) {
  const offered = overviews.slice(0, OFFERED)
  return (
    <div className="missing-overview">
      <div className="alert alert-warning" role="alert">
        <h1 className="h2" tabIndex={-1}>
          {tx.heading}
        </h1>
        <p className="alert-text">{tx.why}</p>
      </div>
      <section aria-labelledby="missing-overview-ways">
        <h2 id="missing-overview-ways" className="h4">
          {tx.waysHeading}
        </h2>
        <ul>
          {tx.ways.map((way) => (
            <li key={way}>{way}</li>
          ))}
        </ul>
        <button type="button" className="button button-primary" onPointerEnter={onPrepareRestore} onFocus={onPrepareRestore} onClick={onRestore}>
          {tx.restore}
        </button>
      </section>
      <section aria-labelledby="missing-overview-others">
        <h2 id="missing-overview-others" className="h4">
          {tx.othersHeading}
        </h2>
        {offered.length === 0 ? (
          <>
            <p>{tx.none}</p>
            <button type="button" className="button button-secondary" onClick={onCreate}>
              {tx.newOverview}
            </button>
          </>
        ) : (
          <>
            <ul className="missing-overview__list">
              {offered.map((overview) => (
                <li key={overview.id}>
                  <button type="button" className="button button-secondary" onClick={() => onOpen(overview.id)}>
                    {tx.open(overview.title)}
                  </button>
                </li>
              ))}
            </ul>
            {overviews.length > offered.length && <p>{tx.more(overviews.length - offered.length)}</p>}
            <p className="form-hint">{tx.othersHint}</p>
          </>
        )}
      </section>
    </div>
  )
}
