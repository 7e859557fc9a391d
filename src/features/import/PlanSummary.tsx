/** What was found above and around the table: the source, the title and the a/b/c legend. */
import { CATEGORIES } from '../../domain/model'
import type { ImportPlan } from '../../io/import'
import { importDialogText as tx } from '../../strings/import-dialog'

function sourceLine(plan: ImportPlan): string {
  const { source } = plan
  const parts = [source.fileName ? tx.sourceFile(source.fileName) : source.kind === 'html' ? tx.sourceHtml : tx.sourcePaste]
  if (source.sheet) parts.push(tx.sourceSheet(source.sheet))
  if (source.encoding && source.encoding !== 'utf-8') parts.push(tx.sourceEncoding(source.encoding))
  return parts.join(', ')
}

export function PlanSummary({ plan }: { plan: ImportPlan }) {
  return (
    <div className="import-found">
      <p className="import-found__source">{sourceLine(plan)}</p>
      <dl className="import-found__list">
        <dt>{tx.detectedTitle}</dt>
        <dd>{plan.title || tx.noTitle}</dd>
        <dt>{tx.legendHeading}</dt>
        <dd>
          {plan.legendFound ? (
            <dl className="import-legend">
              {CATEGORIES.map((c) => (
                <div key={c} className="import-legend__item">
                  <dt>{c.toLowerCase()}.</dt>
                  <dd>{plan.legend[c]}</dd>
                </div>
              ))}
            </dl>
          ) : (
            tx.noLegend
          )}
        </dd>
      </dl>
    </div>
  )
}
