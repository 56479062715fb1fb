import type { Mention, MentionTarget } from '../../content/schema.ts'

export type InlineToken =
  | { kind: 'text'; text: string }
  | { kind: 'mention'; text: string; target: MentionTarget }

export interface Segment {
  /** True for a span between quotation marks; the marks stay in the text, word for word. */
  quoted: boolean
  tokens: InlineToken[]
}

const QUOTED_SPAN = /["“][^"“”]*["”]/g

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** One regex for all phrases, longest first so overlapping phrases resolve to the longer. */
export function buildMentionMatcher(mentions: readonly Mention[]) {
  const byPhrase = new Map(mentions.map((m) => [m.phrase, m.target]))
  const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length)
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${phrases.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  )
  return function tokenizeMentions(text: string): InlineToken[] {
    const tokens: InlineToken[] = []
    let last = 0
    for (const match of text.matchAll(pattern)) {
      const target = byPhrase.get(match[0])
      if (!target) continue
      if (match.index > last) tokens.push({ kind: 'text', text: text.slice(last, match.index) })
      tokens.push({ kind: 'mention', text: match[0], target })
      last = match.index + match[0].length
    }
    if (last < text.length) tokens.push({ kind: 'text', text: text.slice(last) })
    return tokens
  }
}

export type MentionTokenizer = ReturnType<typeof buildMentionMatcher>

/** Splits a paragraph into quoted and unquoted segments, then each into text and mentions. */
export function segmentText(text: string, tokenize: MentionTokenizer): Segment[] {
  const segments: Segment[] = []
  let last = 0
  for (const match of text.matchAll(QUOTED_SPAN)) {
    if (match.index > last) {
      segments.push({ quoted: false, tokens: tokenize(text.slice(last, match.index)) })
    }
    segments.push({ quoted: true, tokens: tokenize(match[0]) })
    last = match.index + match[0].length
  }
  if (last < text.length) segments.push({ quoted: false, tokens: tokenize(text.slice(last)) })
  return segments
}
