import type { Article } from '../../content/schema.ts'
import { siteCopy } from '../../content/site.ts'
import { formatDate } from '../../lib/format-date.ts'

export interface AttributionProps {
  attribution: Article['attribution']
  photoCredit: string
}

export function Attribution({ attribution, photoCredit }: AttributionProps) {
  const copy = siteCopy.attribution
  return (
    <div className="attribution">
      <p className="byline">
        {copy.publishedBy} <cite>{attribution.publication}</cite>, {copy.citing}{' '}
        {attribution.citing}. {copy.meeting}{' '}
        <time dateTime={attribution.eventDate}>{formatDate(attribution.eventDate)}</time>.{' '}
        <a href={attribution.url} rel="noreferrer">
          {copy.original}
        </a>
      </p>
      <p className="credit">{photoCredit}</p>
      <p className="attribution-note">{attribution.note}</p>
    </div>
  )
}
