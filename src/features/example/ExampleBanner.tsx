/**
 * The banner over the example overview seeded on first run: it says that this is an
 * example, and offers the ways on — the user's own table, an empty overview, or deleting
 * the example (with Fortryd, like any overview). The shell passes the import button in,
 * as features do not import each other. Loaded with the example, not with every first screen.
 */
import type { ReactNode } from 'react'
import { exampleText as tx } from '../../strings/example'
import { formatDanishDate } from '../../ui/format'

interface ExampleBannerProps {
  overview: { committee: string; meetingDate: string }
  /** The import feature's button, with this label ("Importér din egen tabel"). */
  renderImport: (label: string) => ReactNode
  onCreate: () => void
  /** Deletes the example (with Fortryd); `message` says so. */
  onDelete: (message: string) => void
}

export function ExampleBanner({ overview, renderImport, onCreate, onDelete }: ExampleBannerProps) {
  const date = overview.meetingDate ? formatDanishDate(overview.meetingDate) : ''
  return (
    <section className="alert alert-info example-banner" aria-label={tx.region}>
      <p className="alert-text">
        <strong>{tx.lead(overview.committee, date)}</strong> {tx.nextStep}
      </p>
      <div className="example-banner__actions">
        {renderImport(tx.importOwn)}
        <button type="button" className="button button-secondary" onClick={onCreate}>
          {tx.startEmpty}
        </button>
        <button type="button" className="button button-tertiary" onClick={() => onDelete(tx.deleted)}>
          {tx.deleteExample}
        </button>
      </div>
    </section>
  )
}
