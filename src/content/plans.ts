import { brazilPlan } from './plans/brazil.ts'
import { chinaPlan } from './plans/china.ts'
import { chinaBrazilPlan } from './plans/china-brazil.ts'
import { zelenskyPlan } from './plans/zelensky.ts'
import type { Plan } from './plans-schema.ts'

/** The plan cards, in card order. Notes: shared/research/peace-plans.md. */
export const plans: Plan[] = [chinaPlan, chinaBrazilPlan, brazilPlan, zelenskyPlan]

export { brazilPlan, chinaBrazilPlan, chinaPlan, zelenskyPlan }
