import { mergeArcs } from 'topojson-client'
import type { Topology } from 'topojson-specification'
import { areaKm2, boundsOf } from './measure.ts'
import { toGeoJson, type Unit } from './units.ts'

/** Where the Caspian must lie, [west, south, east, north], and how big it must be (km²). */
const WINDOW = [46, 36, 55, 47.5] as const
const AREA_KM2 = [300_000, 450_000] as const

/**
 * world-atlas has no lakes, but Natural Earth's countries leave the Caspian out, so it is a hole in
 * the merged land. The hole is turned inside out into a polygon made of the same arcs as the coasts.
 */
export function deriveCaspian(
  topology: Topology,
  units: readonly Unit[],
): { caspian: Unit; finding: string } {
  const land = mergeArcs(
    topology,
    units.map((u) => u.geometry),
  )
  const [w, s, e, n] = WINDOW
  const candidates: Unit[] = []
  for (const [, ...holes] of land.arcs) {
    for (const hole of holes) {
      const ring = [...hole].reverse().map((ref) => ~ref)
      const geometry = { type: 'Polygon' as const, arcs: [ring] }
      const [bw, bs, be, bn] = boundsOf(toGeoJson(topology, geometry))
      if (bw >= w && bs >= s && be <= e && bn <= n) {
        candidates.push({ id: 'caspian-sea', name: 'Caspian Sea', geometry })
      }
    }
  }
  const [caspian, ...others] = candidates
  if (!caspian || others.length > 0)
    throw new Error(`Found ${candidates.length} Caspian candidates`)
  const geo = toGeoJson(topology, caspian.geometry)
  const area = areaKm2(geo)
  if (area < AREA_KM2[0] || area > AREA_KM2[1])
    throw new Error(`Caspian has ${Math.round(area)} km²`)
  return {
    caspian,
    finding: `Caspian Sea: the hole in the merged land, bbox [${boundsOf(geo).join(', ')}], ${Math.round(area).toLocaleString('en-US')} km²`,
  }
}
