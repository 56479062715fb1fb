import type { PlanId } from './ids.ts'
import { plans } from './plans.ts'
import type { Plan } from './plans-schema.ts'

const plansById = new Map(plans.map((p) => [p.id, p]))

export function getPlan(id: PlanId): Plan {
  const plan = plansById.get(id)
  // The schema test guarantees every PlanId has a card; this guards a hand-edited content file.
  if (!plan) throw new Error(`Content is missing the plan "${id}"`)
  return plan
}
