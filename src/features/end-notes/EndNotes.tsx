import { siteCopy } from '../../content/site.ts'
import { sources } from '../../content/sources/index.ts'
import { formatDate } from '../../lib/format-date.ts'

/** The page's footer: every source cited anywhere, in one numbered list that facts link to. */
export function EndNotes() {
  return (
    <footer className="end-notes">
      <h2 id="sources-heading">{siteCopy.sources.heading}</h2>
      <p>{siteCopy.sources.intro}</p>
      <ol className="source-list">
        {sources.map((source) => (
          <li key={source.id} id={`source-${source.id}`} tabIndex={-1}>
            {source.url ? (
              <a href={source.url} rel="noreferrer">
                {source.title}
              </a>
            ) : (
              <cite>{source.title}</cite>
            )}
            , {source.publisher}
            {source.date && (
              <>
                , <time dateTime={source.date}>{formatDate(source.date)}</time>
              </>
            )}
            .{source.note && <span className="source-note"> {source.note}</span>}
          </li>
        ))}
      </ol>
    </footer>
  )
}
