import type { Plan, Position } from '../../content/plans-schema.ts'
import { siteCopy } from '../../content/site.ts'
import { formatDate } from '../../lib/format-date.ts'
import { SourceRefs } from '../../shared/SourceRefs.tsx'
import { PlanPositions } from './PlanPositions.tsx'

export interface PlanDetailsProps {
  plan: Plan
  positions: readonly Position[]
  onShowOnMap: () => void
}

/** The opened card: every point with its source, what is left out, context and who stands where. */
export function PlanDetails({ plan, positions, onShowOnMap }: PlanDetailsProps) {
  const copy = siteCopy.planCard
  return (
    <>
      <h4>{copy.points}</h4>
      <ol className="plan-points">
        {plan.points.map((point) => (
          <li key={point.number} value={point.number}>
            <p className="point-title">
              <strong>{point.title}</strong>
              {point.officialTitle && <span className="point-official"> ({copy.official})</span>}
            </p>
            <p>
              {point.paraphrase}
              <SourceRefs ids={point.sources} />
            </p>
          </li>
        ))}
      </ol>
      {plan.omissions.length > 0 && (
        <>
          <h4>{copy.omissions}</h4>
          <ul className="plan-notes">
            {plan.omissions.map((note) => (
              <li key={note.text}>
                {note.text}
                <SourceRefs ids={note.sources} />
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.context.length > 0 && (
        <>
          <h4>{copy.context}</h4>
          <ul className="plan-notes">
            {plan.context.map((item) => (
              <li key={item.id}>
                <strong>{item.title}</strong> (
                <time dateTime={item.date}>{formatDate(item.date)}</time>): {item.text}
                <SourceRefs ids={item.sources} />
              </li>
            ))}
          </ul>
        </>
      )}
      <PlanPositions positions={positions} />
      <div className="plan-links">
        {plan.articleParagraphs.length > 0 && (
          <p>
            {copy.inArticle}:{' '}
            {plan.articleParagraphs.map((id, index) => (
              <span key={id}>
                {index > 0 && ', '}
                <a href={`#${id}`}>{copy.inArticleLink(index + 1)}</a>
              </span>
            ))}
          </p>
        )}
        <button type="button" className="quiet-button" onClick={onShowOnMap}>
          {copy.showOnMap}
        </button>
      </div>
    </>
  )
}
