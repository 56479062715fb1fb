import type { ArticleExcerpt } from '../article/mentions-of.ts'

export interface ArticleExcerptsProps {
  heading: string
  linkText: string
  excerpts: readonly ArticleExcerpt[]
}

/** The article's own sentences about a place, each linking back to its paragraph. */
export function ArticleExcerpts({ heading, linkText, excerpts }: ArticleExcerptsProps) {
  if (excerpts.length === 0) return null
  return (
    <>
      <h4>{heading}</h4>
      <ul className="article-excerpts">
        {excerpts.map((excerpt) => (
          <li key={`${excerpt.blockId}:${excerpt.sentence}`}>
            <blockquote>
              <p>{excerpt.sentence}</p>
            </blockquote>
            <a href={`#${excerpt.blockId}`}>{linkText}</a>
          </li>
        ))}
      </ul>
    </>
  )
}
