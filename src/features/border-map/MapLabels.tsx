import { divIcon, marker } from 'leaflet'
import { useEffect } from 'react'
import { useMap } from 'react-leaflet'

export interface MapLabel {
  id: string
  text: string
  at: [number, number]
  kind: 'region' | 'city'
}

export interface MapLabelsProps {
  labels: MapLabel[]
}

/**
 * Names drawn on the map, as inert div icons: unlike Leaflet tooltips they are placed without
 * measuring themselves, which saves a forced layout per label. They are decoration for sighted
 * readers (each shape is already a named button), so their pane is hidden from screen readers.
 */
export function MapLabels({ labels }: MapLabelsProps) {
  const map = useMap()
  useEffect(
    function addLabels() {
      map.getPane('markerPane')?.setAttribute('aria-hidden', 'true')
      const added = labels.map((label) => {
        const text = document.createElement('span')
        text.textContent = label.text
        const icon = divIcon({
          html: text,
          className: `map-label map-label--${label.kind}`,
          iconSize: [0, 0],
        })
        return marker(label.at, { icon, interactive: false, keyboard: false }).addTo(map)
      })
      return function removeLabels() {
        for (const label of added) label.remove()
      }
    },
    [map, labels],
  )
  return null
}
