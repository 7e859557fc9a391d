/** The manager's filters: Søg, Kategori A/B/C with live counts, area, status, Kun overskredne and Opgjort pr. */
import { useId } from 'react'
import { CATEGORY_FILTER_VALUES, STATUSES, type CategoryKey, type Status } from '../../domain/model'
import type { ViewState } from '../../domain/view-state'
import { categoryLabel, statusLabels, t } from '../../strings'
import { AsOfField } from './AsOfField'

interface FilterBarProps {
  view: ViewState
  onViewChange: (next: ViewState) => void
  /** Null while the rest of the rows are read: the toggles then show no count rather than one that is not final. */
  categoryCounts: Record<CategoryKey, number> | null
  areas: string[]
  asOf: string
  meetingDate: string
}

export function FilterBar({ view, onViewChange, categoryCounts, areas, asOf, meetingDate }: FilterBarProps) {
  const id = useId()
  const { filters } = view
  const setFilters = (patch: Partial<ViewState['filters']>) => onViewChange({ ...view, filters: { ...filters, ...patch } })
  const toggleCategory = (category: CategoryKey) =>
    setFilters({
      categories: filters.categories.includes(category) ? filters.categories.filter((c) => c !== category) : [...filters.categories, category].sort(),
    })

  return (
    <section className="filter-bar" aria-label={t.filtersHeading}>
      <div className="form-group filter-bar__search">
        <label className="form-label" htmlFor={`${id}-search`}>
          {t.search}
        </label>
        <input
          id={`${id}-search`}
          className="form-input"
          type="search"
          value={filters.search}
          aria-describedby={`${id}-search-hint`}
          onChange={(e) => setFilters({ search: e.target.value })}
        />
        <span id={`${id}-search-hint`} className="form-hint">
          {t.searchHint}
        </span>
      </div>

      <div className="form-group filter-bar__categories" role="group" aria-labelledby={`${id}-cat`}>
        <span id={`${id}-cat`} className="form-label">
          {t.categoryGroup}
        </span>
        <div className="toggle-row">
          {CATEGORY_FILTER_VALUES.map((category) => (
            <button
              key={category}
              type="button"
              className={`button toggle-button ${filters.categories.includes(category) ? 'button-primary' : 'button-secondary'}`}
              aria-pressed={filters.categories.includes(category)}
              onClick={() => toggleCategory(category)}
            >
              {category === 'none' ? t.noCategory : categoryLabel(category)}
              {categoryCounts && ` ${t.categoryCount(categoryCounts[category])}`}
            </button>
          ))}
        </div>
      </div>

      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-area`}>
          {t.area}
        </label>
        <select id={`${id}-area`} className="form-select" value={filters.areas[0] ?? ''} onChange={(e) => setFilters({ areas: e.target.value ? [e.target.value] : [] })}>
          <option value="">{t.allAreas}</option>
          {areas.map((area) => (
            <option key={area} value={area}>
              {area || t.noArea}
            </option>
          ))}
        </select>
      </div>

      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-status`}>
          {t.status}
        </label>
        <select
          id={`${id}-status`}
          className="form-select"
          value={filters.statuses[0] ?? ''}
          onChange={(e) => setFilters({ statuses: e.target.value ? [e.target.value as Status] : [] })}
        >
          <option value="">{t.allStatuses}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {statusLabels[status]}
            </option>
          ))}
        </select>
      </div>

      <AsOfField id={`${id}-asof`} asOf={asOf} chosen={view.asOf !== null} meetingDate={meetingDate} onChange={(next) => onViewChange({ ...view, asOf: next })} />

      <div className="filter-bar__checks">
        <div className="form-group-checkbox">
          <input
            id={`${id}-overdue`}
            className="form-checkbox"
            type="checkbox"
            checked={filters.overdueOnly}
            onChange={(e) => setFilters({ overdueOnly: e.target.checked })}
          />
          <label htmlFor={`${id}-overdue`}>{t.overdueOnly}</label>
        </div>
        <div className="form-group-checkbox">
          <input id={`${id}-grouped`} className="form-checkbox" type="checkbox" checked={view.grouped} onChange={(e) => onViewChange({ ...view, grouped: e.target.checked })} />
          <label htmlFor={`${id}-grouped`}>{t.grouped}</label>
        </div>
      </div>
    </section>
  )
}
