import { geoArea, geoBounds } from 'd3-geo'
import type { Feature, Geometry, Position } from 'geojson'
import { EARTH_RADIUS_KM } from './places.ts'

export function areaKm2(object: Geometry | Feature): number {
  return geoArea(object) * EARTH_RADIUS_KM ** 2
}

/** [west, south, east, north], rounded to 2 decimals for messages. */
export function boundsOf(object: Geometry | Feature): [number, number, number, number] {
  const [[w, s], [e, n]] = geoBounds(object)
  return [w, s, e, n].map((v) => Math.round(v * 100) / 100) as [number, number, number, number]
}

const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180

/**
 * Distance in km from p to segment a–b, on a local equirectangular projection around p. Good to a few
 * metres for the short segments it is used on, and never underestimates badly for long ones.
 */
export function distanceToSegmentKm(p: Position, a: Position, b: Position): number {
  const [px = 0, py = 0] = p
  const kx = KM_PER_DEGREE * Math.cos((py * Math.PI) / 180)
  const ax = ((a[0] ?? 0) - px) * kx
  const ay = ((a[1] ?? 0) - py) * KM_PER_DEGREE
  const bx = ((b[0] ?? 0) - px) * kx
  const by = ((b[1] ?? 0) - py) * KM_PER_DEGREE
  const dx = bx - ax
  const dy = by - ay
  const length2 = dx * dx + dy * dy
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2))
  return Math.hypot(ax + t * dx, ay + t * dy)
}
