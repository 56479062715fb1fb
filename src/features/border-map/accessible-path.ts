import type { Map as LeafletMap, Path } from 'leaflet'
import { attachFocusRing } from './focus-ring.ts'

export interface AccessiblePathOptions {
  map: LeafletMap
  label: string
  onActivate: () => void
}

/**
 * Leaflet's vector paths have no keyboard access (Leaflet#7822): make the SVG element a real
 * button — focusable, named, operable with Enter and Space — once Leaflet has drawn it.
 */
export function makePathAccessible(layer: Path, { map, label, onActivate }: AccessiblePathOptions) {
  const element = layer.getElement() as SVGElement | undefined
  if (!element || element.hasAttribute('role')) return
  element.setAttribute('tabindex', '0')
  element.setAttribute('role', 'button')
  element.setAttribute('aria-label', label)
  element.setAttribute('aria-pressed', 'false')
  // A native tooltip names the shape on hover, also where the map is too small for its label.
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title')
  title.textContent = label
  element.append(title)
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      // Leaflet's own keyboard handler would pan the map on Space/Enter otherwise.
      event.stopPropagation()
      onActivate()
    }
  })
  attachFocusRing(map, layer, element)
}

export function setPathPressed(layer: Path, pressed: boolean) {
  ;(layer.getElement() as SVGElement | undefined)?.setAttribute('aria-pressed', String(pressed))
}
