/** Every place the content knows. Countries by lower-case ISO 3166-1 alpha-3, the rest by slug. */
export const PLACE_IDS = [
  'kaz',
  'rus',
  'chn',
  'kgz',
  'uzb',
  'tkm',
  'ukr',
  'deu',
  'bra',
  'tur',
  'caspian-sea',
  'astana',
  'almaty',
  'baikonur',
  'istanbul',
  'kyiv',
  'moscow',
  'berlin',
  'beijing',
  'brasilia',
  'crimea',
] as const
export type PlaceId = (typeof PLACE_IDS)[number]

/** The plan cards. `russia-terms` is a reference column in the comparison, never a card. */
export const PLAN_IDS = ['china', 'china-brazil', 'brazil', 'zelensky'] as const
export type PlanId = (typeof PLAN_IDS)[number]

export const COMPARABLE_IDS = [...PLAN_IDS, 'russia-terms'] as const
export type ComparableId = (typeof COMPARABLE_IDS)[number]

export const MAP_VIEWS = ['borders', 'actors'] as const
export type MapView = (typeof MAP_VIEWS)[number]

export function isPlaceId(value: string): value is PlaceId {
  return (PLACE_IDS as readonly string[]).includes(value)
}
export function isPlanId(value: string): value is PlanId {
  return (PLAN_IDS as readonly string[]).includes(value)
}
export function isComparableId(value: string): value is ComparableId {
  return (COMPARABLE_IDS as readonly string[]).includes(value)
}
export function isMapView(value: string): value is MapView {
  return (MAP_VIEWS as readonly string[]).includes(value)
}
