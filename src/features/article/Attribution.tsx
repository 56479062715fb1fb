import type { Article } from '../../content/schema.ts'
import { formatDate } from '../../lib/format-date.ts'

export interface AttributionProps {
  attribution: Article['attribution']
  photoCredit: string
}

export function Attribution({ attribution, photoCredit }: AttributionProps) {
  return (
    <div className="attribution">
      <p className="byline">
        Article as published by <cite>{attribution.publication}</cite>, citing {attribution.citing}.
        It reports a meeting held in Astana on{' '}
        <time dateTime={attribution.eventDate}>{formatDate(attribution.eventDate)}</time>.{' '}
        <a href={attribution.url} rel="noreferrer">
          Original article
        </a>
      </p>
      <p className="credit">{photoCredit}</p>
      <p className="attribution-note">{attribution.note}</p>
    </div>
  )
}
