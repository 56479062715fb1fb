import { type ReactNode, useMemo } from 'react'
import type { Article, MentionTarget } from '../../content/schema.ts'
import { siteCopy } from '../../content/site.ts'
import { ArticleBlockView } from './ArticleBlockView.tsx'
import { Attribution } from './Attribution.tsx'
import type { MentionContext } from './RichText.tsx'
import { buildMentionMatcher } from './tokenize.ts'

export interface ArticleViewProps {
  article: Article
  selectedPlace: string | null
  labelFor: (text: string, target: MentionTarget) => string
  onActivateMention: (target: MentionTarget) => void
  /** Notes on the article's accuracy, shown under its attribution. */
  factCheck?: ReactNode
}

export function ArticleView({
  article,
  selectedPlace,
  labelFor,
  onActivateMention,
  factCheck,
}: ArticleViewProps) {
  const tokenize = useMemo(() => buildMentionMatcher(article.mentions), [article.mentions])
  const mentions: MentionContext = {
    tokenize,
    labelFor,
    onActivate: onActivateMention,
    isSelected: (target) => target.kind === 'place' && target.id === selectedPlace,
  }
  const [standfirst, ...body] = article.blocks
  return (
    <article className="article" aria-labelledby="headline">
      <header className="article-header">
        <p className="kicker">{siteCopy.kicker}</p>
        <h1 id="headline">{article.headline}</h1>
        {standfirst && <ArticleBlockView block={standfirst} mentions={mentions} />}
        <Attribution attribution={article.attribution} photoCredit={article.photoCredit} />
        {factCheck}
      </header>
      <div className="article-body">
        {body.map((block) => (
          <ArticleBlockView key={block.id} block={block} mentions={mentions} />
        ))}
      </div>
    </article>
  )
}
