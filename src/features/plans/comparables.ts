import { COMPARABLE_IDS, type ComparableId } from '../../content/ids.ts'
import { plans } from '../../content/plans.ts'
import { russiaTerms } from '../../content/russia-terms.ts'

export interface Comparable {
  id: ComparableId
  name: string
  dateLabel: string
  isReference: boolean
}

/** The columns a reader can compare: the four plans and, as a reference, Russia's stated terms. */
export const comparables: Comparable[] = COMPARABLE_IDS.map((id) => {
  if (id === 'russia-terms') {
    return { id, name: russiaTerms.title, dateLabel: russiaTerms.dateLabel, isReference: true }
  }
  const plan = plans.find((p) => p.id === id)
  return { id, name: plan?.shortTitle ?? id, dateLabel: plan?.dateLabel ?? '', isReference: false }
})
