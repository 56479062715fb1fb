import { geoContains } from 'd3-geo'
import type { Feature, Position } from 'geojson'
import type { GeodataView, RegionGeometry, RegionProperties } from '../../../src/geodata/types.ts'

export type Region = Feature<RegionGeometry, RegionProperties>

export function region(view: GeodataView, id: string): Region {
  const found = view.regions.features.find((f) => f.properties.id === id)
  if (!found) throw new Error(`no region ${id} in the ${view.view} view`)
  return found
}

/** Ids of the regions containing the point ([lon, lat]). */
export function regionsAt(view: GeodataView, point: Position): string[] {
  return view.regions.features
    .filter((f) => geoContains(f, point as [number, number]))
    .map((f) => f.properties.id)
}
