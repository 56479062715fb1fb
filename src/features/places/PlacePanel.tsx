import type { Place } from '../../content/schema.ts'
import { siteCopy } from '../../content/site.ts'
import { SourceRefs } from '../../shared/SourceRefs.tsx'
import type { ArticleExcerpt } from '../article/mentions-of.ts'
import { ArticleExcerpts } from './ArticleExcerpts.tsx'
import { type BorderFigure, formatKm, formatShare } from './border-figures.ts'
import { FactList } from './FactList.tsx'

export interface PlacePanelProps {
  place: Place
  border: BorderFigure | undefined
  excerpts: readonly ArticleExcerpt[]
  onClear: () => void
}

/** Everything the page knows about the selected place, outside the map, headed by its name. */
export function PlacePanel({ place, border, excerpts, onClear }: PlacePanelProps) {
  const copy = siteCopy.map
  return (
    <section className="place-panel" aria-labelledby="place-heading">
      <div className="place-panel-head">
        <h3 id="place-heading" tabIndex={-1}>
          {place.name}
        </h3>
        <button type="button" className="quiet-button" onClick={onClear}>
          {copy.clear}
        </button>
      </div>
      <p className="place-role">
        {place.role}
        <SourceRefs ids={place.roleSources} />
      </p>
      {border && (
        <dl className="fact-list fact-list--border">
          <div className="fact">
            <dt>{copy.border}</dt>
            <dd>
              <strong className="figure">{formatKm(border.lengthKm)}</strong>,{' '}
              {formatShare(border.sharePercent)} {copy.shareOfTotal}
              <SourceRefs ids={border.sources} />
            </dd>
          </div>
          {border.otherFigures.length > 0 && (
            <div className="fact">
              <dt>{copy.otherFigures}</dt>
              <dd>
                <ul className="other-figures">
                  {border.otherFigures.map((figure) => (
                    <li key={figure.value}>
                      {figure.value}
                      <SourceRefs ids={figure.sources} />
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>
      )}
      {place.facts.length > 0 && <h4>{copy.facts}</h4>}
      <FactList facts={place.facts} />
      <ArticleExcerpts
        heading={copy.articleSays}
        linkText={copy.readInArticle}
        excerpts={excerpts}
      />
    </section>
  )
}
