import type { MentionTarget } from '../../content/schema.ts'

export interface MentionButtonProps {
  text: string
  target: MentionTarget
  label: string
  selected: boolean
  onActivate: (target: MentionTarget) => void
}

/** A word in the article that selects a place or opens a plan card. */
export function MentionButton({ text, target, label, selected, onActivate }: MentionButtonProps) {
  return (
    <button
      type="button"
      className={`mention mention--${target.kind}`}
      aria-pressed={target.kind === 'place' ? selected : undefined}
      aria-label={label}
      data-target={`${target.kind}:${target.id}`}
      onClick={() => onActivate(target)}
    >
      {text}
    </button>
  )
}
