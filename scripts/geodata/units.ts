import type { Feature, MultiPolygon as GeoMultiPolygon, Polygon as GeoPolygon } from 'geojson'
import { feature } from 'topojson-client'
import type { MultiPolygon, Polygon, Topology } from 'topojson-specification'
import { COUNTRIES, OTHER_UNITS } from './country-ids.ts'
import { fixWinding } from './winding.ts'

export type AreaGeometry = Polygon | MultiPolygon

/** One area of the map while it is still topology: arcs shared with its neighbours. */
export interface Unit {
  id: string
  name: string
  geometry: AreaGeometry
}

/** Arc references are one's-complemented when an arc is used backwards. */
export function arcIndex(ref: number): number {
  return ref < 0 ? ~ref : ref
}

export function polygonsOf(geometry: AreaGeometry): number[][][] {
  return geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs
}

/** Every arc (as a plain index) the geometry uses. */
export function arcsOf(geometry: AreaGeometry): number[] {
  return polygonsOf(geometry).flat(2).map(arcIndex)
}

export function toGeoJson(
  topology: Topology,
  geometry: AreaGeometry,
): GeoPolygon | GeoMultiPolygon {
  const { geometry: geo } = feature(topology, geometry) as Feature<GeoPolygon | GeoMultiPolygon>
  return fixWinding(geo)
}

export function findUnit(units: readonly Unit[], id: string): Unit {
  const unit = units.find((u) => u.id === id)
  if (!unit) throw new Error(`No unit "${id}" in the source data`)
  return unit
}

/**
 * The countries object as units with our ids and names. Natural Earth's name wins over the numeric
 * id because two units share ISO 036 (Australia and Ashmore and Cartier Islands).
 */
export function readUnits(topology: Topology): Unit[] {
  const countries = topology.objects.countries
  if (countries?.type !== 'GeometryCollection') throw new Error('world-atlas: no countries object')
  const units: Unit[] = []
  for (const geometry of countries.geometries) {
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue
    const sourceName = String(geometry.properties?.name ?? '')
    const known = OTHER_UNITS[sourceName] ?? COUNTRIES[String(geometry.id)]
    if (!known) throw new Error(`No id for Natural Earth unit "${sourceName}" (${geometry.id})`)
    const [id, name] = known
    units.push({ id, name, geometry: { type: geometry.type, arcs: geometry.arcs } as AreaGeometry })
  }
  return units
}
