import {
  type ComparableId,
  isComparableId,
  isMapView,
  isPlaceId,
  isPlanId,
  type MapView,
  type PlaceId,
  type PlanId,
} from '../content/ids.ts'

/** Everything a reader can select, and so everything a shared link restores. */
export interface Selection {
  place: PlaceId | null
  plan: PlanId | null
  compare: ComparableId[]
  view: MapView
}

export const EMPTY_SELECTION: Selection = Object.freeze({
  place: null,
  plan: null,
  compare: [],
  view: 'borders',
}) as Selection

const MAX_PARAM_LENGTH = 200

/**
 * Reads a query string. Anything unknown or malformed is dropped, never thrown or echoed:
 * the URL is reader input.
 */
export function parseSelection(search: string): Selection {
  let params: URLSearchParams
  try {
    params = new URLSearchParams(search)
  } catch {
    return EMPTY_SELECTION
  }
  const read = (key: string) => {
    const value = params.get(key)
    return value && value.length <= MAX_PARAM_LENGTH ? value.trim().toLowerCase() : ''
  }
  const place = read('place')
  const plan = read('plan')
  const view = read('view')
  const compare = [...new Set(read('compare').split(','))].filter(isComparableId)
  return {
    place: isPlaceId(place) ? place : null,
    plan: isPlanId(plan) ? plan : null,
    compare,
    view: isMapView(view) ? view : EMPTY_SELECTION.view,
  }
}

/** The canonical query string for a selection: fixed key order, defaults left out. */
export function serializeSelection(selection: Selection): string {
  const params = new URLSearchParams()
  if (selection.place) params.set('place', selection.place)
  if (selection.plan) params.set('plan', selection.plan)
  if (selection.compare.length > 0) params.set('compare', selection.compare.join(','))
  if (selection.view !== EMPTY_SELECTION.view) params.set('view', selection.view)
  const query = params.toString().replaceAll('%2C', ',')
  return query ? `?${query}` : ''
}

export function sameSelection(a: Selection, b: Selection): boolean {
  return serializeSelection(a) === serializeSelection(b)
}
