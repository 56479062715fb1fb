import {
  CircleMarker,
  circleMarker,
  type LatLngExpression,
  type Map as LeafletMap,
  type Path,
  Polygon,
  polygon,
} from 'leaflet'

/** The pane above every shape and line, so a keyboard focus ring is never drawn over. */
export const FOCUS_RING_PANE = 'focus-ring'

const RING = {
  pane: FOCUS_RING_PANE,
  interactive: false,
  color: '#b3261e',
  weight: 4,
  opacity: 1,
  fill: false,
} as const

/**
 * Draws a copy of a focused shape's outline in the top pane while it has keyboard focus. The
 * shape's own stroke sits under Kazakhstan's border lines and neighbouring shapes (WCAG 2.4.7).
 */
export function attachFocusRing(map: LeafletMap, layer: Path, element: SVGElement) {
  let ring: Path | null = null
  element.addEventListener('focus', () => {
    if (!element.matches(':focus-visible')) return
    ring?.remove()
    if (layer instanceof CircleMarker) {
      ring = circleMarker(layer.getLatLng(), { ...RING, radius: layer.getRadius() + 4 })
    } else if (layer instanceof Polygon) {
      ring = polygon(layer.getLatLngs() as LatLngExpression[][], RING)
    }
    ring?.addTo(map)
  })
  element.addEventListener('blur', () => {
    ring?.remove()
    ring = null
  })
}
