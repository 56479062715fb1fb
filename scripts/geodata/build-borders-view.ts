import type { Feature, LineString, MultiLineString } from 'geojson'
import type {
  BorderProperties,
  GeodataView,
  RegionGeometry,
  RegionProperties,
} from '../../src/geodata/types.ts'
import {
  arcOwners,
  byDrawingOrder,
  regionFeature,
  sharedBorder,
  simplifyTopology,
  type Tier,
} from './assemble.ts'
import type { Rectangle } from './clip.ts'
import { prepare } from './prepare.ts'
import { describeSource } from './source.ts'
import { findUnit } from './units.ts'

export interface BuildResult {
  data: GeodataView
  /** What the build found in the source and corrected, for the log. */
  findings: string[]
}

/** Kazakhstan's land neighbours, in the order the borders are listed. */
export const NEIGHBOURS = ['rus', 'chn', 'kgz', 'uzb', 'tkm'] as const

/** What the view is about: Kazakhstan (46.5–87.4°E, 40.6–55.4°N) with room for its neighbours. */
export const BORDERS_BBOX: [number, number, number, number] = [44, 35, 92, 58]
/** Everything is cut to this, wider than the bbox so a wide screen fitted to the bbox has no edge. */
export const BORDERS_CLIP: Rectangle = [30, 25, 106, 64]

/**
 * Kazakhstan's own arcs (its borders and its Caspian coast) stay within 0.7 km of the 1:10m source,
 * plus at most ~60 m of rounding. Neighbours' other arcs and the rest can give more away.
 */
const FOCUS: Tier = { toleranceKm: 0.7, decimals: 3 }
const NEIGHBOUR: Tier = { toleranceKm: 2, decimals: 2 }
const CONTEXT: Tier = { toleranceKm: 5, decimals: 2 }

export function buildBordersView(): BuildResult {
  const prepared = prepare('10m')
  const { units, crimea, caspian } = prepared
  const owners = arcOwners([...units, caspian])
  const near = new Set<string>([...NEIGHBOURS, 'caspian-sea'])
  const topology = simplifyTopology(
    prepared.topology,
    (arc) => {
      const ids = owners.get(arc) ?? new Set<string>()
      if (ids.has('kaz')) return FOCUS
      return [...ids].some((id) => near.has(id)) ? NEIGHBOUR : CONTEXT
    },
    FOCUS.decimals,
  )
  const regions: Feature<RegionGeometry, RegionProperties>[] = []
  for (const unit of [...units, caspian, crimea]) {
    const role =
      unit.id === 'kaz'
        ? 'focus'
        : unit === caspian
          ? 'water'
          : unit === crimea
            ? 'disputed'
            : (NEIGHBOURS as readonly string[]).includes(unit.id)
              ? 'neighbour'
              : 'context'
    const clip = role === 'focus' ? undefined : BORDERS_CLIP
    const region = regionFeature(topology, unit, { role, decimals: FOCUS.decimals, clip })
    if (region) regions.push(region)
  }
  const kaz = findUnit(units, 'kaz')
  const borders = NEIGHBOURS.map((id): Feature<LineString | MultiLineString, BorderProperties> => {
    const neighbour = findUnit(units, id)
    const line = sharedBorder(topology, kaz, neighbour)
    if (line.coordinates.length === 0)
      throw new Error(`Kazakhstan and ${neighbour.name} share no border`)
    const [only, ...more] = line.coordinates
    return {
      type: 'Feature',
      properties: { id: `kaz-${id}`, neighbour: id, name: `Kazakhstan–${neighbour.name} border` },
      geometry: only && more.length === 0 ? { type: 'LineString', coordinates: only } : line,
    }
  })
  return {
    data: {
      view: 'borders',
      source: `${describeSource('10m')}, corrected: Baikonur merged into Kazakhstan, Crimea moved from Russia to Ukraine; Caspian Sea derived from the coastlines; simplified to within ~1 km along Kazakhstan's borders`,
      pointOfView:
        'Kazakhstan, its five land neighbours and the Caspian Sea within internationally recognised borders: the Baikonur Cosmodrome, leased to Russia until 2050, is drawn as part of Kazakhstan, and Crimea as part of Ukraine.',
      bbox: BORDERS_BBOX,
      regions: { type: 'FeatureCollection', features: regions.sort(byDrawingOrder) },
      borders: { type: 'FeatureCollection', features: borders },
    },
    findings: prepared.findings,
  }
}
