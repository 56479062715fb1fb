import { tooltip } from 'leaflet'
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
 * Names drawn on the map. They are decoration for sighted readers: each shape is already a named
 * button, so the label pane is hidden from screen readers to avoid hearing every name twice.
 */
export function MapLabels({ labels }: MapLabelsProps) {
  const map = useMap()
  useEffect(
    function addLabels() {
      map.getPane('tooltipPane')?.setAttribute('aria-hidden', 'true')
      const added = labels.map((label) => {
        const content = document.createElement('span')
        content.textContent = label.text
        return tooltip({
          permanent: true,
          interactive: false,
          direction: label.kind === 'city' ? 'right' : 'center',
          offset: label.kind === 'city' ? [6, 0] : [0, 0],
          className: `map-label map-label--${label.kind}`,
        })
          .setLatLng(label.at)
          .setContent(content)
          .addTo(map)
      })
      return function removeLabels() {
        for (const label of added) label.remove()
      }
    },
    [map, labels],
  )
  return null
}
