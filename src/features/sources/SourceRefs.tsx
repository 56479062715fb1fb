import { sourcesById } from '../../content/sources/index.ts'

export interface SourceRefsProps {
  ids: readonly string[]
}

/** Inline citations: each links to its entry in the end notes, named by publisher. */
export function SourceRefs({ ids }: SourceRefsProps) {
  return (
    <span className="source-refs">
      {' ('}
      {ids.map((id, index) => {
        const source = sourcesById.get(id)
        return (
          <span key={id}>
            {index > 0 && '; '}
            <a href={`#source-${id}`} className="source-ref">
              {source ? source.publisher : id}
            </a>
          </span>
        )
      })}
      {')'}
    </span>
  )
}
