import type { PlaceId, PlanId } from '../../content/ids.ts'
import { getPlan } from '../../content/plan-lookup.ts'
import { siteCopy } from '../../content/site.ts'
import { timeline } from '../../content/timeline.ts'
import { SourceRefs } from '../../shared/SourceRefs.tsx'

export interface TimelineSectionProps {
  placeName: (id: PlaceId) => string
  onSelectPlace: (id: PlaceId) => void
  onOpenPlan: (id: PlanId) => void
}

/** The dated events behind the article, each linked to its place on the map or its plan card. */
export function TimelineSection({ placeName, onSelectPlace, onOpenPlan }: TimelineSectionProps) {
  const copy = siteCopy.timeline
  return (
    <section id="timeline" className="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{copy.heading}</h2>
      <p className="section-intro">{copy.intro}</p>
      <ol className="timeline-list">
        {timeline.map((event) => (
          <li key={event.id} className="timeline-event">
            <time dateTime={event.date} className="timeline-date">
              {event.dateLabel}
            </time>
            <div className="timeline-body">
              <h3 className="timeline-title">{event.title}</h3>
              <p>
                {event.text}
                <SourceRefs ids={event.sources} />
              </p>
              <p className="timeline-links">
                {event.place && (
                  <button
                    type="button"
                    className="quiet-button"
                    onClick={() => event.place && onSelectPlace(event.place)}
                  >
                    {copy.showPlace}: {placeName(event.place)}
                  </button>
                )}
                {event.plan && (
                  <button
                    type="button"
                    className="quiet-button"
                    onClick={() => event.plan && onOpenPlan(event.plan)}
                  >
                    {copy.openPlan}: {getPlan(event.plan).shortTitle}
                  </button>
                )}
              </p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  )
}
