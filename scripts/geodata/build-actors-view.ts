import type { Feature } from 'geojson'
import type { RegionGeometry, RegionProperties } from '../../src/geodata/types.ts'
import {
  arcOwners,
  byDrawingOrder,
  regionFeature,
  simplifyTopology,
  type Tier,
} from './assemble.ts'
import type { BuildResult } from './build-borders-view.ts'
import type { Rectangle } from './clip.ts'
import { prepare } from './prepare.ts'
import { describeSource } from './source.ts'

/** The countries of the story. */
export const ACTORS = ['ukr', 'rus', 'deu', 'tur', 'chn', 'bra', 'kaz'] as const

/** Brazil to China, Germany to Russia's Arctic coast. */
export const ACTORS_BBOX: [number, number, number, number] = [-75, -35, 135, 72]

/*
 * Seen at world or continent zoom (~5–40 km a pixel), and all of the world's 1:50m coastlines would
 * be ~4x over budget, so detail goes where the story is. Tolerances are Douglas–Peucker, in km.
 */
/** Actors' land borders, and all of Ukraine and Crimea: the lines the story is about. */
const ACTOR_BORDER: Tier = { toleranceKm: 5, decimals: 2 }
const ACTOR_COAST: Tier = { toleranceKm: 12, decimals: 2 }
/** Other countries where the map is likely to be zoomed in: Europe, the Middle East, Asia. */
const CONTEXT_NEAR: Tier = { toleranceKm: 10, decimals: 2 }
const NEAR: Rectangle = [-25, 10, 150, 78]
/** The rest of the world, only ever seen whole. */
const CONTEXT_FAR: Tier = { toleranceKm: 50, decimals: 1 }
/**
 * Small countries that the tiers above erase (Singapore, Malta, Vatican…) are drawn with the first of
 * these that keeps them, their largest polygon only: a few vertices each, and every country is there.
 */
const SMALL_COUNTRY: readonly Tier[] = [
  { toleranceKm: 5, decimals: 2 },
  { toleranceKm: 1, decimals: 3 },
  { toleranceKm: 0.1, decimals: 4 },
]
/** Islands smaller than this (km²) vanish; each country keeps at least its largest polygon. */
const MIN_ISLAND_KM2 = { actor: 500, context: 5000 }

export function buildActorsView(): BuildResult {
  const prepared = prepare('50m')
  const { units, crimea } = prepared
  const owners = arcOwners([...units, crimea])
  const actors = new Set<string>(ACTORS)
  const topology = simplifyTopology(
    prepared.topology,
    (arc) => {
      const ids = [...(owners.get(arc) ?? [])]
      if (ids.includes('ukr') || ids.includes('crimea')) return ACTOR_BORDER
      if (ids.some((id) => actors.has(id))) return ids.length > 1 ? ACTOR_BORDER : ACTOR_COAST
      const [x = 0, y = 0] = prepared.topology.arcs[arc]?.[0] ?? []
      const [w, s, e, n] = NEAR
      return x >= w && x <= e && y >= s && y <= n ? CONTEXT_NEAR : CONTEXT_FAR
    },
    ACTOR_BORDER.decimals,
  )
  const fallbacks = SMALL_COUNTRY.map((tier) => ({
    decimals: tier.decimals,
    topology: simplifyTopology(prepared.topology, () => tier, tier.decimals),
  }))
  const regions: Feature<RegionGeometry, RegionProperties>[] = []
  for (const unit of units) {
    const role = actors.has(unit.id) ? ('actor' as const) : ('context' as const)
    const minAreaKm2 = MIN_ISLAND_KM2[role]
    let region = regionFeature(topology, unit, {
      role,
      decimals: ACTOR_BORDER.decimals,
      minAreaKm2,
    })
    for (const fallback of fallbacks) {
      const largestOnly = {
        role,
        decimals: fallback.decimals,
        minAreaKm2: Number.POSITIVE_INFINITY,
      }
      region ??= regionFeature(fallback.topology, unit, largestOnly)
    }
    if (!region) throw new Error(`${unit.name} vanished in simplification`)
    regions.push(region)
  }
  const crimeaRegion = regionFeature(topology, crimea, { role: 'disputed', decimals: 2 })
  if (!crimeaRegion) throw new Error('Crimea vanished in simplification')
  regions.push(crimeaRegion)
  return {
    data: {
      view: 'actors',
      source: `${describeSource('50m')}, corrected: Crimea moved from Russia to Ukraine; simplified for world and continent zoom`,
      pointOfView:
        'The countries of the story within internationally recognised borders: Crimea, annexed by Russia in 2014, is drawn as part of Ukraine and marked, and Baikonur, leased to Russia, as part of Kazakhstan.',
      bbox: ACTORS_BBOX,
      regions: { type: 'FeatureCollection', features: regions.sort(byDrawingOrder) },
      borders: { type: 'FeatureCollection', features: [] },
    },
    // The 1:50m Caspian is found too (it proves the land is whole) but this view doesn't draw it.
    findings: prepared.findings.filter((f) => !f.startsWith('Caspian')),
  }
}
