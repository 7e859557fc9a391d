/**
 * The banner over the example overview seeded on first run: it says that this is an
 * example, and offers the ways on — the user's own table, an empty overview, or deleting
 * the example (with Fortryd, like any overview). The shell passes the import button in,
 * as features do not import each other.
 */
import type { ReactNode } from 'react'
import { exampleText as tx } from '../../strings/example'
import { formatDanishDate } from '../../ui/format'

interface ExampleBannerProps {
  overview: { committee: string; meetingDate: string }
  /** "Importér din egen tabel": the import feature's button. */
  importButton: ReactNode
  onCreate: () => void
  onDelete: () => void
}

export function ExampleBanner({ overview, importButton, onCreate, onDelete }: ExampleBannerProps) {
  const date = overview.meetingDate ? formatDanishDate(overview.meetingDate) : ''
  return (
    <section className="alert alert-info example-banner" aria-label={tx.region}>
      <p className="alert-text">
        <strong>{tx.lead(overview.committee, date)}</strong> {tx.nextStep}
      </p>
      <div className="example-banner__actions">
        {importButton}
        <button type="button" className="button button-secondary" onClick={onCreate}>
          {tx.startEmpty}
        </button>
        <button type="button" className="button button-tertiary" onClick={onDelete}>
          {tx.deleteExample}
        </button>
      </div>
    </section>
  )
}
