import { geoJSON, type LatLngBounds, latLngBounds, point } from 'leaflet'
import { useEffect, useRef } from 'react'
import { useMap } from 'react-leaflet'
import type { MapView, PlaceId } from '../../content/ids.ts'
import type { Place } from '../../content/schema.ts'
import type { GeodataView } from '../../geodata/types.ts'
import { prefersReducedMotion } from '../../lib/reduced-motion.ts'
import { LABEL_ANCHORS } from './map-views.ts'

export interface MapMoverProps {
  view: MapView
  data: GeodataView
  selected: PlaceId | null
  markers: Place[]
  /** The last place the reader picked on the map itself: the map stays where the reader put it. */
  pickedOnMap: React.RefObject<PlaceId | null>
}

/** Brings a place chosen elsewhere (article, table) into view; no animation for reduced motion. */
export function MapMover({ view, data, selected, markers, pickedOnMap }: MapMoverProps) {
  const map = useMap()
  const first = useRef(true)
  useEffect(
    function moveToSelection() {
      const isFirst = first.current
      first.current = false
      // The flag is consumed: a later pick of the same place from the article still moves the map.
      const picked = pickedOnMap.current
      pickedOnMap.current = null
      if (!selected || picked === selected) return
      const animate = !isFirst && !prefersReducedMotion()
      const target = targetFor(data, markers, view, selected)
      // Already in view: leave the map where the reader put it.
      if (!target || map.getBounds().contains(target)) return
      // Never zoom in to a place: pan to it, zooming out only as far as needed to show it whole.
      const zoom = Math.min(map.getZoom(), map.getBoundsZoom(target, false, point(24, 24)))
      map.setView(target.getCenter(), Math.max(zoom, map.getMinZoom()), { animate })
    },
    [map, view, data, selected, markers, pickedOnMap],
  )
  return null
}

function targetFor(
  data: GeodataView,
  markers: Place[],
  view: MapView,
  id: PlaceId,
): LatLngBounds | null {
  const marker = markers.find((p) => p.id === id)
  if (marker?.coordinates) return latLngBounds([marker.coordinates, marker.coordinates])
  // For a neighbour of Kazakhstan the shared border is what the reader came to see.
  const border = data.borders.features.find((f) => f.properties.neighbour === id)
  const region = data.regions.features.find((f) => f.properties.id === id)
  const feature = border ?? region
  if (!feature) return null
  const bounds = geoJSON(feature).getBounds()
  // Russia crosses the antimeridian: its bounds span the globe, so aim at its label instead.
  const anchor = LABEL_ANCHORS[view]?.[id]
  if (bounds.getEast() - bounds.getWest() > 180 && anchor) return latLngBounds([anchor, anchor])
  return bounds
}
