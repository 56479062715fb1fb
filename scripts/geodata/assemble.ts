import type { Feature, MultiLineString, Position } from 'geojson'
import { mesh } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import type { RegionGeometry, RegionProperties, RegionRole } from '../../src/geodata/types.ts'
import { splitAtAntimeridian } from './antimeridian.ts'
import { cleanPolygons } from './clean.ts'
import { clipRing, densifyEdges, type Rectangle } from './clip.ts'
import { areaKm2 } from './measure.ts'
import { roundArcs, simplifyArcs } from './simplify.ts'
import { arcsOf, toGeoJson, type Unit } from './units.ts'

/** How hard to simplify an arc: Douglas–Peucker tolerance and decimals of its inner vertices. */
export interface Tier {
  toleranceKm: number
  decimals: number
}

/** For each arc, the ids of the units that use it. */
export function arcOwners(units: readonly Unit[]): Map<number, Set<string>> {
  const owners = new Map<number, Set<string>>()
  for (const unit of units) {
    for (const arc of arcsOf(unit.geometry)) {
      const set = owners.get(arc) ?? new Set<string>()
      set.add(unit.id)
      owners.set(arc, set)
    }
  }
  return owners
}

/**
 * Simplifies the arcs, not the polygons, so a border shared by two countries is simplified once and
 * both draw the same line. Arc ends are rounded to the finest precision so tiers still meet.
 */
export function simplifyTopology(
  topology: Topology,
  tierOf: (arc: number) => Tier,
  endDecimals: number,
): Topology {
  const simplified = simplifyArcs(topology.arcs, (arc) => tierOf(arc).toleranceKm)
  const arcs = roundArcs(simplified, (arc) => tierOf(arc).decimals, endDecimals)
  return { ...topology, arcs }
}

export interface RegionOptions {
  role: RegionRole
  decimals: number
  clip?: Rectangle
  /** Drop islands smaller than this, but always keep the unit's largest polygon. */
  minAreaKm2?: number
}

function polygonsOfFeature(geometry: RegionGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
}

/** One region as GeoJSON, or null when nothing of it is left after clipping. */
export function regionFeature(
  topology: Topology,
  unit: Unit,
  { role, decimals, clip, minAreaKm2 = 0 }: RegionOptions,
): Feature<RegionGeometry, RegionProperties> | null {
  let polygons = splitAtAntimeridian(polygonsOfFeature(toGeoJson(topology, unit.geometry)))
  if (minAreaKm2 > 0 && polygons.length > 1) {
    const areas = polygons.map((coordinates) => areaKm2({ type: 'Polygon', coordinates }))
    const largest = Math.max(...areas)
    polygons = polygons.filter((_, i) => {
      const area = areas[i] ?? 0
      return area >= minAreaKm2 || area === largest
    })
  }
  if (clip) {
    polygons = polygons.map((rings) =>
      rings.map((ring) => {
        const clipped = clipRing(ring, clip)
        return clipped.length > 0 ? densifyEdges(clipped, clip) : clipped
      }),
    )
  }
  const geometry = cleanPolygons(polygons, decimals)
  if (!geometry) return null
  return { type: 'Feature', properties: { id: unit.id, name: unit.name, role }, geometry }
}

/** The arcs two units share, stitched into lines. */
export function sharedBorder(topology: Topology, a: Unit, b: Unit): MultiLineString {
  const collection: GeometryCollection = {
    type: 'GeometryCollection',
    geometries: [a, b].map((u) => ({ ...u.geometry, id: u.id })),
  }
  return mesh(topology, collection, (x, y) => x !== y)
}

const ROLE_ORDER: readonly RegionRole[] = [
  'context',
  'neighbour',
  'water',
  'actor',
  'focus',
  'disputed',
]

/** Drawing order: context under everything, disputed areas on top; by id within a role. */
export function byDrawingOrder(
  a: Feature<RegionGeometry, RegionProperties>,
  b: Feature<RegionGeometry, RegionProperties>,
): number {
  const role = ROLE_ORDER.indexOf(a.properties.role) - ROLE_ORDER.indexOf(b.properties.role)
  return role !== 0 ? role : a.properties.id < b.properties.id ? -1 : 1
}
