import { lazy } from 'react'

/**
 * The sections below the fold, each in its own chunk. The prerendered HTML has them in full; in
 * the browser React hydrates them when their chunk arrives (selective hydration), so the article
 * and the map column become interactive first and no single task hydrates the whole page.
 */
export const PlansSection = lazy(() =>
  import('./features/plans/PlansSection.tsx').then((m) => ({ default: m.PlansSection })),
)
export const TimelineSection = lazy(() =>
  import('./features/plans/TimelineSection.tsx').then((m) => ({ default: m.TimelineSection })),
)
export const EndNotes = lazy(() =>
  import('./features/end-notes/EndNotes.tsx').then((m) => ({ default: m.EndNotes })),
)
export const BorderTable = lazy(() =>
  import('./features/places/BorderTable.tsx').then((m) => ({ default: m.BorderTable })),
)
export const FactCheck = lazy(() =>
  import('./features/article/FactCheck.tsx').then((m) => ({ default: m.FactCheck })),
)
/** Only ever rendered in the browser, for a selected place. */
export const PlacePanel = lazy(() =>
  import('./features/places/PlacePanel.tsx').then((m) => ({ default: m.PlacePanel })),
)
