import type { Geometry, Position } from 'geojson'
import { distanceToSegmentKm } from './measure.ts'

/** The rings or lines of a geometry as plain lists of positions. */
export function linesOf(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'LineString':
      return [geometry.coordinates]
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates
    case 'MultiPolygon':
      return geometry.coordinates.flat()
    default:
      throw new Error(`No lines in a ${geometry.type}`)
  }
}

function farthestKm(from: readonly Position[][], to: readonly Position[][]): number {
  let worst = 0
  for (const line of from) {
    for (const p of line) {
      let nearest = Number.POSITIVE_INFINITY
      for (const other of to) {
        for (let i = 1; i < other.length && nearest > worst; i++) {
          nearest = Math.min(
            nearest,
            distanceToSegmentKm(p, other[i - 1] as Position, other[i] as Position),
          )
        }
      }
      if (nearest > worst) worst = nearest
    }
  }
  return worst
}

/**
 * Hausdorff distance between two outlines, km, measured at vertices: how far any vertex of one lies
 * from the other's lines, both ways. Brute force, fine for a few thousand vertices.
 */
export function maxDeviationKm(a: Geometry, b: Geometry): number {
  return Math.max(farthestKm(linesOf(a), linesOf(b)), farthestKm(linesOf(b), linesOf(a)))
}
