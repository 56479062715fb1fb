import type { Fact } from '../../content/schema.ts'
import { SourceRefs } from '../../shared/SourceRefs.tsx'

export interface FactListProps {
  facts: readonly Fact[]
}

/** Label–value facts, each with its note and sources. */
export function FactList({ facts }: FactListProps) {
  if (facts.length === 0) return null
  return (
    <dl className="fact-list">
      {facts.map((fact) => (
        <div key={`${fact.label}:${fact.value}`} className="fact">
          <dt>{fact.label}</dt>
          <dd>
            {fact.value}
            <SourceRefs ids={fact.sources} />
            {fact.note && <span className="fact-note">{fact.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  )
}
