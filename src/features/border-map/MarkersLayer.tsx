import type { Path } from 'leaflet'
import { CircleMarker, useMap } from 'react-leaflet'
import type { PlaceId } from '../../content/ids.ts'
import type { Place } from '../../content/schema.ts'
import { useLatest } from '../../lib/useLatest.ts'
import { makePathAccessible, setPathPressed } from './accessible-path.ts'
import { markerStyle } from './map-style.ts'

export interface MarkersLayerProps {
  places: Place[]
  selected: PlaceId | null
  labelFor: (id: PlaceId) => string
  onSelect: (id: PlaceId) => void
}

/** Cities and sites as dots that are buttons, like the regions. */
export function MarkersLayer({ places, selected, labelFor, onSelect }: MarkersLayerProps) {
  const onSelectRef = useLatest(onSelect)
  const map = useMap()
  return places.map((place) =>
    place.coordinates ? (
      <CircleMarker
        key={place.id}
        center={place.coordinates}
        radius={selected === place.id ? 9 : 6}
        pathOptions={markerStyle(selected === place.id)}
        eventHandlers={{
          click: () => onSelectRef.current(place.id),
          add: (event) => {
            const layer = event.target as Path
            makePathAccessible(layer, {
              map,
              label: labelFor(place.id),
              onActivate: () => onSelectRef.current(place.id),
            })
            setPathPressed(layer, selected === place.id)
          },
        }}
        ref={(layer) => {
          if (layer) setPathPressed(layer, selected === place.id)
        }}
      />
    ) : null,
  )
}
