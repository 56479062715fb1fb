import { lazy } from 'react'

/**
 * The sections below the fold, each in its own chunk. The prerendered HTML has them in full; in
 * the browser React hydrates each in a task of its own, so no single task hydrates the whole page.
 */
const load = {
  plans: () => import('./features/plans/PlansSection.tsx'),
  timeline: () => import('./features/plans/TimelineSection.tsx'),
  endNotes: () => import('./features/end-notes/EndNotes.tsx'),
  borderTable: () => import('./features/places/BorderTable.tsx'),
  factCheck: () => import('./features/article/FactCheck.tsx'),
  placePanel: () => import('./features/places/PlacePanel.tsx'),
}

export const PlansSection = lazy(() => load.plans().then((m) => ({ default: m.PlansSection })))
export const TimelineSection = lazy(() =>
  load.timeline().then((m) => ({ default: m.TimelineSection })),
)
export const EndNotes = lazy(() => load.endNotes().then((m) => ({ default: m.EndNotes })))
export const BorderTable = lazy(() => load.borderTable().then((m) => ({ default: m.BorderTable })))
export const FactCheck = lazy(() => load.factCheck().then((m) => ({ default: m.FactCheck })))
/** Only ever rendered in the browser, for a selected place. */
export const PlacePanel = lazy(() => load.placePanel().then((m) => ({ default: m.PlacePanel })))

/**
 * Starts loading every section's code alongside the first script, rather than when React first
 * reaches each section: a click on a section lands only once its code has arrived.
 */
export function preloadSections(): Promise<unknown> {
  return Promise.allSettled(Object.values(load).map((loader) => loader()))
}
