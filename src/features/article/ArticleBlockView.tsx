import type { ArticleBlock } from '../../content/schema.ts'
import { type MentionContext, RichText } from './RichText.tsx'

export interface ArticleBlockViewProps {
  block: ArticleBlock
  mentions: MentionContext
}

/** The one renderer for article blocks; an unknown type is a visible error, never silence. */
export function ArticleBlockView({ block, mentions }: ArticleBlockViewProps) {
  switch (block.type) {
    case 'standfirst':
      return (
        <p id={block.id} className="standfirst">
          <RichText text={block.text} mentions={mentions} />
        </p>
      )
    case 'paragraph':
      return (
        <p id={block.id} tabIndex={-1}>
          <RichText text={block.text} mentions={mentions} />
        </p>
      )
    case 'quote':
      return (
        <p id={block.id} tabIndex={-1} className="pull-quote">
          <RichText text={block.text} mentions={mentions} />
        </p>
      )
    case 'heading':
      return (
        <h2 id={block.id} className="article-subhead">
          {block.text}
        </h2>
      )
    case 'list':
      return (
        <ul id={block.id} tabIndex={-1} className="article-list">
          {block.items.map((item) => (
            <li key={item}>
              <RichText text={item} mentions={mentions} />
            </li>
          ))}
        </ul>
      )
    default: {
      const unknown: never = block
      return <p role="alert">Unknown article block: {JSON.stringify(unknown)}</p>
    }
  }
}
