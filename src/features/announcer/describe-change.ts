import { siteCopy } from '../../content/site.ts'
import type { Selection } from '../../state/selection.ts'

export interface Names {
  place: (id: NonNullable<Selection['place']>) => string
}

/** What a screen reader should hear when the selection changes; '' when nothing worth saying. */
export function describeChange(previous: Selection, next: Selection, names: Names): string {
  const say = siteCopy.announcements
  const parts: string[] = []
  if (next.place !== previous.place) {
    parts.push(next.place ? say.placeSelected(names.place(next.place)) : say.placeCleared)
  }
  // Opening a card moves focus to its button, whose name and expanded state are read out already.
  if (next.view !== previous.view) parts.push(say.view[next.view])
  if (next.compare.join() !== previous.compare.join()) {
    parts.push(say.comparing(next.compare.length))
  }
  return parts.join(' ')
}
