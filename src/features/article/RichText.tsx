import type { MentionTarget } from '../../content/schema.ts'
import { MentionButton } from './MentionButton.tsx'
import { type MentionTokenizer, segmentText } from './tokenize.ts'

export interface MentionContext {
  tokenize: MentionTokenizer
  isSelected: (target: MentionTarget) => boolean
  labelFor: (text: string, target: MentionTarget) => string
  onActivate: (target: MentionTarget) => void
}

export interface RichTextProps {
  text: string
  mentions: MentionContext
}

/** Article text with its quotations marked up as <q> and its mentions as buttons. */
export function RichText({ text, mentions }: RichTextProps) {
  return segmentText(text, mentions.tokenize).map((segment, segmentIndex) => {
    const inner = segment.tokens.map((token, tokenIndex) =>
      token.kind === 'text' ? (
        token.text
      ) : (
        <MentionButton
          // biome-ignore lint/suspicious/noArrayIndexKey: tokens of static text never reorder
          key={tokenIndex}
          text={token.text}
          target={token.target}
          label={mentions.labelFor(token.text, token.target)}
          selected={mentions.isSelected(token.target)}
          onActivate={mentions.onActivate}
        />
      ),
    )
    return segment.quoted ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: segments of static text never reorder
      <q key={segmentIndex}>{inner}</q>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: segments of static text never reorder
      <span key={segmentIndex}>{inner}</span>
    )
  })
}
