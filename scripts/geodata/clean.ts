import type { MultiPolygon, Polygon, Position } from 'geojson'
import { roundPosition } from './simplify.ts'
import { fixWinding } from './winding.ts'

/** Rounds (a no-op for already rounded vertices), drops repeats and rings too small to be a ring. */
export function cleanRing(ring: readonly Position[], decimals: number): Position[] | null {
  const out: Position[] = []
  for (const p of ring) {
    const q = roundPosition(p, decimals)
    const prev = out[out.length - 1]
    if (!prev || prev[0] !== q[0] || prev[1] !== q[1]) out.push(q)
  }
  // A ring needs three distinct corners plus the closing vertex.
  const corners = new Set(out.map((p) => `${p[0]},${p[1]}`))
  return out.length >= 4 && corners.size >= 3 ? out : null
}

/** Polygons whose outer ring survives, or null when nothing does. */
export function cleanPolygons(
  polygons: readonly (readonly Position[])[][],
  decimals: number,
): Polygon | MultiPolygon | null {
  const kept: Position[][][] = []
  for (const [outer, ...holes] of polygons) {
    const ring = outer ? cleanRing(outer, decimals) : null
    if (!ring) continue
    const keptHoles = holes.map((h) => cleanRing(h, decimals)).filter((h) => h !== null)
    kept.push([ring, ...keptHoles])
  }
  if (kept.length === 0) return null
  // Rounding can flip a tiny ring, so winding is checked again on the final coordinates.
  return fixWinding(
    kept.length === 1
      ? { type: 'Polygon', coordinates: kept[0] as Position[][] }
      : { type: 'MultiPolygon', coordinates: kept },
  )
}
