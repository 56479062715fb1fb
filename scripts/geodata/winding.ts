import { geoArea } from 'd3-geo'
import type { MultiPolygon, Polygon, Position } from 'geojson'

function orientPolygon(rings: Position[][]): Position[][] {
  const area = geoArea({ type: 'Polygon', coordinates: rings })
  return area > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings
}

/**
 * d3-geo reads a polygon wound the wrong way as "the whole world except this". A few tiny islands in
 * Natural Earth 1:10m (in the Maldives) come out of world-atlas like that, and rounding can flip
 * others; no real polygon here covers more than a hemisphere, so such a polygon is reversed.
 */
export function fixWinding<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geometry.type === 'Polygon')
    return { ...geometry, coordinates: orientPolygon(geometry.coordinates) }
  return { ...geometry, coordinates: (geometry as MultiPolygon).coordinates.map(orientPolygon) }
}
