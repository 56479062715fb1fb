import { brazilCells } from './plans/cells/brazil.ts'
import { chinaCells } from './plans/cells/china.ts'
import { chinaBrazilCells } from './plans/cells/china-brazil.ts'
import { russiaTermsCells } from './plans/cells/russia-terms.ts'
import { zelenskyCells } from './plans/cells/zelensky.ts'
import type { ComparisonCell, DimensionId } from './plans-schema.ts'

/** The comparison rows, in display order. */
export const dimensions: { id: DimensionId; label: string }[] = [
  { id: 'territory', label: 'Sovereignty and territory' },
  { id: 'ceasefire', label: 'Ceasefire and sequencing' },
  { id: 'withdrawal', label: 'Russian troop withdrawal' },
  { id: 'format', label: 'Negotiation format' },
  { id: 'sanctions', label: 'Sanctions' },
  { id: 'nuclear', label: 'Nuclear safety' },
  { id: 'humanitarian', label: 'Humanitarian issues and prisoners' },
  { id: 'food-energy', label: 'Food and energy' },
  { id: 'accountability', label: 'Accountability' },
  { id: 'security', label: 'Security guarantees and NATO' },
  { id: 'reconstruction', label: 'Reconstruction' },
]

/**
 * One cell per (plan, dimension). "not addressed" means the text as reproduced in the sources does
 * not deal with the topic. Notes: shared/research/peace-plans.md §7.
 */
export const comparisonCells: ComparisonCell[] = [
  ...chinaCells,
  ...chinaBrazilCells,
  ...brazilCells,
  ...zelenskyCells,
  ...russiaTermsCells,
]
