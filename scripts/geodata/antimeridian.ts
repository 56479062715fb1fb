import type { Position } from 'geojson'
import { clipRing } from './clip.ts'

/** Longitudes made continuous: a step of more than 180° is read as crossing the antimeridian. */
function unwrap(ring: readonly Position[]): Position[] {
  let offset = 0
  return ring.map(([lon = 0, lat = 0], i) => {
    const previous = ring[i - 1]?.[0]
    if (previous !== undefined && Math.abs(lon - previous) > 180)
      offset -= Math.sign(lon - previous) * 360
    return [lon + offset, lat]
  })
}

function crosses(ring: readonly Position[]): boolean {
  return ring.some(([lon = 0], i) => Math.abs(lon - (ring[i - 1]?.[0] ?? lon)) > 180)
}

/**
 * A ring around a pole (Antarctica's coast) ends 360° from where it started once unwrapped; it is
 * closed along the pole so that a flat map has an area to fill.
 */
function closeAroundPole(ring: Position[]): Position[] {
  const first = ring[0]
  const last = ring[ring.length - 1]
  if (!first || !last || Math.abs((last[0] ?? 0) - (first[0] ?? 0)) < 180) return ring
  const pole = ring.reduce((sum, p) => sum + (p[1] ?? 0), 0) < 0 ? -90 : 90
  return [...ring, [last[0] ?? 0, pole], [first[0] ?? 0, pole], first]
}

/**
 * world-atlas rings cross the antimeridian freely (Russia's mainland runs on into Chukotka at
 * −170°), which d3-geo understands and Leaflet, drawing flat, turns into a band around the world.
 * Each such polygon is cut at ±180° into pieces that each lie within [−180°, 180°].
 */
export function splitAtAntimeridian(polygons: readonly Position[][][]): Position[][][] {
  const out: Position[][][] = []
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon
    if (!outer) continue
    // 1:50m Antarctica is a ring around the South Pole with the continent as its hole: the hole is
    // the continent.
    if (outer.every(([, lat = 0]) => Math.abs(lat) > 89.9)) {
      out.push(...splitAtAntimeridian(holes.map((hole) => [[...hole].reverse()])))
      continue
    }
    if (!polygon.some(crosses)) {
      out.push(polygon)
      continue
    }
    const unwrapped = polygon.map((ring) => closeAroundPole(unwrap(ring)))
    for (const shift of [-360, 0, 360]) {
      const window = [-180 + shift, -90, 180 + shift, 90] as const
      const [piece, ...pieceHoles] = unwrapped.map((ring) =>
        clipRing(ring, window).map(([lon = 0, lat = 0]) => [lon - shift, lat]),
      )
      if (piece && piece.length > 0) out.push([piece, ...pieceHoles.filter((h) => h.length > 0)])
    }
  }
  return out
}
