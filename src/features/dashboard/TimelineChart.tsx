/**
 * Deadlines per month as stacked bars in plain SVG. The chart is one image to
 * assistive technology (role="img" with a summary); the numbers themselves are
 * in the table alternative beside it.
 */
import { CATEGORIES, type Category } from '../../domain/model'
import { monthParts, timelinePeak, type Timeline } from '../../domain/dashboard'
import { dashboardText, formatCount, monthShort } from '../../strings'
import { asOfX, axisTicks, baseline, CATEGORY_STYLE, CHART, chartHeight, chartWidth, layoutBars, yOf } from './chart-layout'

interface TimelineChartProps {
  timeline: Timeline
  asOf: string
  /** Pattern id per category, shared with the legend. */
  patternIds: Record<Category, string>
  label: string
}

export function TimelineChart({ timeline, asOf, patternIds, label }: TimelineChartProps) {
  const ticks = axisTicks(timelinePeak(timeline))
  const top = ticks[ticks.length - 1] ?? 1
  const bars = layoutBars(timeline, top)
  const width = chartWidth(timeline.months.length)
  const right = width - CHART.right
  const marker = asOfX(timeline, asOf)
  return (
    <svg className="dashboard-chart" role="img" aria-label={label} viewBox={`0 0 ${width} ${chartHeight}`} width={width} height={chartHeight}>
      <PatternDefs patternIds={patternIds} />
      {ticks.map((tick) => (
        <g key={tick} className="dashboard-chart__grid">
          <line x1={CHART.left} x2={right} y1={yOf(tick, top)} y2={yOf(tick, top)} />
          <text x={CHART.left - 6} y={yOf(tick, top)} dy="0.35em" textAnchor="end">
            {formatCount(tick)}
          </text>
        </g>
      ))}
      {bars.map((bar) => {
        const { year, month } = monthParts(bar.month)
        const [name, yy] = monthShort(year, month).split(' ')
        const centre = bar.x + bar.width / 2
        return (
          <g key={bar.month} className="dashboard-chart__month" data-month={bar.month}>
            {bar.segments.map((s) => (
              <rect
                key={s.category}
                className="dashboard-chart__segment"
                x={bar.x}
                y={s.y}
                width={bar.width}
                height={s.height}
                fill={`url(#${patternIds[s.category]})`}
                stroke={CATEGORY_STYLE[s.category].colour}
                data-month={bar.month}
                data-category={s.category}
                data-count={s.count}
              />
            ))}
            {bar.total > 0 && (
              <text className="dashboard-chart__total" x={centre} y={bar.y - 4} textAnchor="middle">
                {formatCount(bar.total)}
              </text>
            )}
            {/* Two lines, so 36 months fit; the text still reads "jan. 21". */}
            <text className="dashboard-chart__label" x={centre} y={baseline + 18} textAnchor="middle">
              <tspan x={centre}>{`${name} `}</tspan>
              <tspan x={centre} dy="1.2em">
                {yy}
              </tspan>
            </text>
          </g>
        )
      })}
      <line className="dashboard-chart__axis" x1={CHART.left} x2={right} y1={baseline} y2={baseline} />
      {marker !== undefined && (
        <g className="dashboard-chart__asof">
          <line x1={marker} x2={marker} y1={CHART.top - 12} y2={baseline} />
          <text x={Math.min(Math.max(marker, CHART.left + 32), right - 32)} y={CHART.top - 18} textAnchor="middle">
            {dashboardText.asOfMarker}
          </text>
        </g>
      )}
    </svg>
  )
}

/** Solid, striped and dotted fills, so the categories differ in more than colour. */
function PatternDefs({ patternIds }: { patternIds: Record<Category, string> }) {
  return (
    <defs>
      {CATEGORIES.map((category) => {
        const { colour, pattern } = CATEGORY_STYLE[category]
        return (
          <pattern key={category} id={patternIds[category]} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform={pattern === 'stripes' ? 'rotate(45)' : undefined}>
            <rect width="6" height="6" fill={colour} />
            {pattern === 'stripes' && <line x1="1.5" y1="0" x2="1.5" y2="6" stroke="#fff" strokeWidth="1.5" />}
            {pattern === 'dots' && <circle cx="3" cy="3" r="1.2" fill="#fff" />}
          </pattern>
        )
      })}
    </defs>
  )
}
