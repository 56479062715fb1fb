import type { Selection } from '../../state/selection.ts'

export interface Names {
  place: (id: NonNullable<Selection['place']>) => string
  plan: (id: NonNullable<Selection['plan']>) => string
}

/** What a screen reader should hear when the selection changes; '' when nothing worth saying. */
export function describeChange(previous: Selection, next: Selection, names: Names): string {
  const parts: string[] = []
  if (next.place !== previous.place) {
    parts.push(next.place ? `${names.place(next.place)} selected.` : 'Place selection cleared.')
  }
  if (next.plan !== previous.plan) {
    parts.push(next.plan ? `${names.plan(next.plan)} card open.` : 'Plan card closed.')
  }
  if (next.view !== previous.view) {
    parts.push(
      next.view === 'actors' ? 'Map shows the story’s actors.' : 'Map shows Kazakhstan’s borders.',
    )
  }
  if (next.compare.join() !== previous.compare.join()) {
    parts.push(`Comparing ${next.compare.length} positions.`)
  }
  return parts.join(' ')
}
