import { comparisonCells, dimensions } from '../../content/comparison.ts'
import type { ComparableId, PlanId } from '../../content/ids.ts'
import { plans } from '../../content/plans.ts'
import { positions } from '../../content/positions.ts'
import { siteCopy } from '../../content/site.ts'
import { CompareControls } from './CompareControls.tsx'
import { ComparisonTable } from './ComparisonTable.tsx'
import { comparables } from './comparables.ts'
import { PlanCard } from './PlanCard.tsx'

export interface PlansSectionProps {
  openPlan: PlanId | null
  compare: readonly ComparableId[]
  onTogglePlan: (id: PlanId) => void
  onCompareChange: (ids: ComparableId[]) => void
  onShowProponents: (id: PlanId) => void
}

/** The plan cards and the comparison table. */
export function PlansSection({
  openPlan,
  compare,
  onTogglePlan,
  onCompareChange,
  onShowProponents,
}: PlansSectionProps) {
  const copy = siteCopy.plans
  const columns = comparables.filter((c) => compare.includes(c.id))
  return (
    <section id="plans" className="plans" aria-labelledby="plans-heading">
      <h2 id="plans-heading">{copy.heading}</h2>
      <p className="section-intro">{copy.intro}</p>
      <div className="plan-cards">
        {plans.map((plan) => (
          <PlanCard
            key={plan.id}
            plan={plan}
            positions={positions.filter((p) => p.plan === plan.id)}
            expanded={openPlan === plan.id}
            onToggle={() => onTogglePlan(plan.id)}
            onShowOnMap={() => onShowProponents(plan.id)}
          />
        ))}
      </div>
      <section className="compare" aria-labelledby="compare-heading">
        <h3 id="compare-heading">{siteCopy.compare.heading}</h3>
        <p className="section-intro">{siteCopy.compare.intro}</p>
        <CompareControls options={comparables} chosen={compare} onChange={onCompareChange} />
        {columns.length >= 2 ? (
          <ComparisonTable columns={columns} dimensions={dimensions} cells={comparisonCells} />
        ) : (
          <p className="compare-hint">{siteCopy.compare.tooFew}</p>
        )}
      </section>
    </section>
  )
}
