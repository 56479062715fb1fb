import type { PathOptions } from 'leaflet'
import type { RegionRole } from '../../geodata/types.ts'

/**
 * The map's palette. Selected and focused shapes change stroke width and dash as well as colour
 * (WCAG 1.4.1); strokes keep 3:1 against their neighbours (WCAG 1.4.11).
 */
const BASE: Record<RegionRole, PathOptions> = {
  context: { color: '#b3ada2', weight: 0.6, fillColor: '#f1eee8', fillOpacity: 1 },
  neighbour: { color: '#5f5a50', weight: 1.2, fillColor: '#ddd6c6', fillOpacity: 1 },
  focus: { color: '#5c4100', weight: 2, fillColor: '#f5d78a', fillOpacity: 1 },
  actor: { color: '#4d4840', weight: 1.4, fillColor: '#d2c7af', fillOpacity: 1 },
  water: { color: '#3f6f8f', weight: 1, fillColor: '#b9d3e3', fillOpacity: 1 },
  disputed: {
    color: '#8c1d18',
    weight: 1.5,
    dashArray: '4 3',
    fillColor: '#f3d3cf',
    fillOpacity: 0.9,
  },
}

// Selected: green, never blue, which reads as water on a map without tiles.
const SELECTED: PathOptions = { color: '#14451f', weight: 3.5, fillColor: '#a9cf9c', dashArray: '' }
const HOVERED: PathOptions = { weight: 2.5, fillOpacity: 0.85 }
const HIGHLIGHTED: PathOptions = { fillColor: '#f5d78a', color: '#5c4100', weight: 2 }

export interface RegionStyleState {
  selected: boolean
  hovered: boolean
  /** A proponent of the open plan card, on the actors view. */
  highlighted: boolean
}

export function regionStyle(role: RegionRole, state: RegionStyleState): PathOptions {
  return {
    ...BASE[role],
    ...(state.highlighted ? HIGHLIGHTED : {}),
    ...(state.hovered ? HOVERED : {}),
    ...(state.selected ? SELECTED : {}),
  }
}

export function borderLineStyle(selected: boolean): PathOptions {
  return selected
    ? { color: '#14451f', weight: 6, opacity: 1, lineCap: 'round', interactive: false }
    : { color: '#5c4100', weight: 2, opacity: 0.9, interactive: false }
}

export function markerStyle(selected: boolean): PathOptions {
  return selected
    ? { color: '#ffffff', weight: 3, fillColor: '#14451f', fillOpacity: 1 }
    : { color: '#ffffff', weight: 2, fillColor: '#1b1b1b', fillOpacity: 1 }
}
