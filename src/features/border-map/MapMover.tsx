import { geoJSON, type LatLngBounds } from 'leaflet'
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
      if (!selected || pickedOnMap.current === selected) return
      const animate = !isFirst && !prefersReducedMotion()
      const marker = markers.find((p) => p.id === selected)
      if (marker?.coordinates) {
        map.setView(marker.coordinates, Math.max(map.getZoom(), view === 'borders' ? 4 : 3), {
          animate,
        })
        return
      }
      const bounds = boundsFor(data, selected)
      const anchor = LABEL_ANCHORS[view]?.[selected]
      // Russia crosses the antimeridian: fitting its bounds would show the whole world.
      if (bounds && bounds.getEast() - bounds.getWest() < 180) {
        map.fitBounds(bounds, { animate, padding: [24, 24], maxZoom: 6 })
      } else if (anchor) {
        map.setView(anchor, map.getZoom(), { animate })
      }
    },
    [map, view, data, selected, markers, pickedOnMap],
  )
  return null
}

function boundsFor(data: GeodataView, id: PlaceId): LatLngBounds | null {
  // For a neighbour of Kazakhstan the shared border is what the reader came to see.
  const border = data.borders.features.find((f) => f.properties.neighbour === id)
  const region = data.regions.features.find((f) => f.properties.id === id)
  const feature = border ?? region
  return feature ? geoJSON(feature).getBounds() : null
}
