import type { Position } from '../../content/plans-schema.ts'
import { siteCopy } from '../../content/site.ts'
import { SourceRefs } from '../../shared/SourceRefs.tsx'

export interface PlanPositionsProps {
  positions: readonly Position[]
}

/** Who backs and who rejects a plan, each dated and sourced; the stance is a word, not a colour. */
export function PlanPositions({ positions }: PlanPositionsProps) {
  if (positions.length === 0) return null
  const copy = siteCopy.planCard
  return (
    <>
      <h4>{copy.whoStands}</h4>
      <ul className="plan-positions">
        {positions.map((position) => (
          <li key={`${position.actor}:${position.date}:${position.stance}`}>
            <span className={`stance stance--${position.stance}`}>
              {copy.stanceLabels[position.stance]}
            </span>{' '}
            <strong>{position.actor}</strong>,{' '}
            <time dateTime={position.date}>{position.dateLabel}</time>: {position.text}
            <SourceRefs ids={position.sources} />
          </li>
        ))}
      </ul>
    </>
  )
}
