import { sourcesById } from '../content/sources/index.ts'

export interface SourceRefsProps {
  ids: readonly string[]
}

/**
 * Inline citations: each links to its entry in the end notes, named by publisher, or by title
 * where two cited sources share a publisher, so no two links read the same.
 */
export function SourceRefs({ ids }: SourceRefsProps) {
  const sources = ids.map((id) => ({ id, source: sourcesById.get(id) }))
  const publishers = sources.map(({ source }) => source?.publisher)
  return (
    <span className="source-refs">
      {' ('}
      {sources.map(({ id, source }, index) => {
        const shared = publishers.filter((p) => p === source?.publisher).length > 1
        return (
          <span key={id}>
            {index > 0 && '; '}
            <a href={`#source-${id}`} className="source-ref">
              {source ? (shared ? source.title : source.publisher) : id}
            </a>
          </span>
        )
      })}
      {')'}
    </span>
  )
}
