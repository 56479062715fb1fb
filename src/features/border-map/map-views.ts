import type { MapView, PlaceId } from '../../content/ids.ts'

/** What each view of the map lets a reader select, in tab order. */
export const VIEW_PLACES: Record<MapView, { regions: PlaceId[]; markers: PlaceId[] }> = {
  borders: {
    regions: ['kaz', 'rus', 'chn', 'kgz', 'uzb', 'tkm', 'caspian-sea'],
    markers: ['astana', 'almaty', 'baikonur'],
  },
  actors: {
    regions: ['kaz', 'rus', 'ukr', 'crimea', 'deu', 'tur', 'chn', 'bra'],
    markers: ['astana', 'almaty', 'istanbul', 'kyiv', 'moscow', 'berlin', 'beijing', 'brasilia'],
  },
}

export function viewHasPlace(view: MapView, place: PlaceId): boolean {
  const { regions, markers } = VIEW_PLACES[view]
  return regions.includes(place) || markers.includes(place)
}

/** The view to show for a place: stay put when the current view has it, else switch. */
export function viewForPlace(place: PlaceId | null, current: MapView): MapView {
  if (!place || viewHasPlace(current, place)) return current
  return current === 'borders' ? 'actors' : 'borders'
}

/** Presentational label anchors ([lat, lon]) where a country's centroid falls off-screen. */
export const LABEL_ANCHORS: Partial<Record<MapView, Partial<Record<PlaceId, [number, number]>>>> = {
  borders: {
    kaz: [48.3, 67.5],
    rus: [54.5, 62],
    chn: [41.5, 86],
    kgz: [41.6, 74.6],
    uzb: [41.9, 63.2],
    tkm: [39.3, 58.8],
    'caspian-sea': [41.6, 50.8],
  },
  actors: {
    kaz: [48, 67],
    rus: [58, 50],
    ukr: [49.3, 31.5],
    deu: [51, 10],
    tur: [39, 35],
    chn: [34, 103],
    bra: [-10, -52],
  },
}
