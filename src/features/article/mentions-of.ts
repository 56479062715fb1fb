import type { PlaceId } from '../../content/ids.ts'
import type { Article } from '../../content/schema.ts'
import { buildMentionMatcher } from './tokenize.ts'

export interface ArticleExcerpt {
  blockId: string
  sentence: string
}

// Sentence ends: . ! ? possibly followed by a closing quote, then a space. "U.S."-style
// abbreviations do not occur in the article.
const SENTENCE_BREAK = /(?<=[.!?]["”]?)\s+/

/** The article's sentences that mention a place, with the block each sits in, in reading order. */
export function excerptsMentioning(article: Article, place: PlaceId): ArticleExcerpt[] {
  const tokenize = buildMentionMatcher(article.mentions)
  const excerpts: ArticleExcerpt[] = []
  for (const block of article.blocks) {
    const texts = block.type === 'list' ? block.items : block.type === 'heading' ? [] : [block.text]
    for (const text of texts) {
      for (const sentence of text.split(SENTENCE_BREAK)) {
        const mentioned = tokenize(sentence).some(
          (t) => t.kind === 'mention' && t.target.kind === 'place' && t.target.id === place,
        )
        if (mentioned) excerpts.push({ blockId: block.id, sentence })
      }
    }
  }
  return excerpts
}
