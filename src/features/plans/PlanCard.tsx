import type { Plan, Position } from '../../content/plans-schema.ts'
import { siteCopy } from '../../content/site.ts'
import { SourceRefs } from '../../shared/SourceRefs.tsx'
import { PlanDetails } from './PlanDetails.tsx'

export interface PlanCardProps {
  plan: Plan
  positions: readonly Position[]
  expanded: boolean
  onToggle: () => void
  onShowOnMap: () => void
}

/**
 * One plan as an APG disclosure: the title stays a heading for screen-reader navigation, the
 * button inside it opens the points. Collapsed, the card still shows who, when and the key stances.
 */
export function PlanCard({ plan, positions, expanded, onToggle, onShowOnMap }: PlanCardProps) {
  const copy = siteCopy.planCard
  const bodyId = `plan-${plan.id}-points`
  return (
    <article
      className={`plan-card${expanded ? ' is-open' : ''}`}
      aria-labelledby={`plan-${plan.id}`}
    >
      <h3 className="plan-title">
        <button
          type="button"
          id={`plan-${plan.id}`}
          className="plan-toggle"
          aria-expanded={expanded}
          aria-controls={bodyId}
          onClick={onToggle}
        >
          <span className="plan-title-text">{plan.title}</span>
          <span className="plan-toggle-hint" aria-hidden="true">
            {expanded ? '−' : '+'}
          </span>
        </button>
      </h3>
      <p className="plan-meta">
        {copy.proponent} {plan.proponent} · <time dateTime={plan.date}>{plan.dateLabel}</time>
      </p>
      <p className="plan-summary">
        {plan.summary.text}
        <SourceRefs ids={plan.summary.sources} />
      </p>
      <dl className="plan-stances">
        {(['territory', 'ceasefire', 'talks'] as const).map((key) => (
          <div key={key}>
            <dt>{copy.stances[key]}</dt>
            <dd>
              {plan.stances[key].text}
              <SourceRefs ids={plan.stances[key].sources} />
            </dd>
          </div>
        ))}
      </dl>
      {/* Rendered only when open: the collapsed cards stay light for the first view. */}
      {expanded && (
        <div id={bodyId} className="plan-body">
          <PlanDetails plan={plan} positions={positions} onShowOnMap={onShowOnMap} />
        </div>
      )}
    </article>
  )
}
