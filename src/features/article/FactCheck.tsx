import type { FactCheckNote } from '../../content/fact-check.ts'
import { siteCopy } from '../../content/site.ts'
import { SourceRefs } from '../../shared/SourceRefs.tsx'

export interface FactCheckProps {
  notes: readonly FactCheckNote[]
}

/** Where the article's wording or figures differ from the record, one click from the article. */
export function FactCheck({ notes }: FactCheckProps) {
  const copy = siteCopy.factCheck
  return (
    <details className="fact-check">
      <summary>{copy.summary(notes.length)}</summary>
      <ul>
        {notes.map((note) => (
          <li key={note.label}>
            <strong>{note.label}</strong> {note.value}
            <SourceRefs ids={note.sources} /> <a href={`#${note.block}`}>{copy.inArticle}</a>
          </li>
        ))}
      </ul>
    </details>
  )
}
