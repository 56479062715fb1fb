import { geoContains } from 'd3-geo'
import type { Position } from 'geojson'
import { mergeArcs, neighbors } from 'topojson-client'
import type { Topology } from 'topojson-specification'
import { areaKm2, boundsOf } from './measure.ts'
import { BAIKONUR, CRIMEA_POINTS } from './places.ts'
import { type AreaGeometry, arcsOf, findUnit, polygonsOf, toGeoJson, type Unit } from './units.ts'

export interface Corrected {
  units: Unit[]
  /** Crimea (with Sevastopol) as its own area, already merged into Ukraine as well. */
  crimea: Unit
  /** What was found in the source and what was done, for the build log. */
  findings: string[]
}

function contains(topology: Topology, geometry: AreaGeometry, point: Position): boolean {
  return geoContains(toGeoJson(topology, geometry), point as [number, number])
}

function summarize(topology: Topology, geometry: AreaGeometry): string {
  const geo = toGeoJson(topology, geometry)
  const area = Math.round(areaKm2(geo)).toLocaleString('en-US')
  return `bbox [${boundsOf(geo).join(', ')}], ${area} km²`
}

/**
 * Natural Earth 1:10m cuts the Baikonur lease area out of Kazakhstan as a unit of its own. The lease
 * does not make it Russian territory, so it goes back into Kazakhstan. Coarser scales don't have it.
 */
export function mergeBaikonur(
  topology: Topology,
  units: Unit[],
): { units: Unit[]; finding: string } {
  const kaz = findUnit(units, 'kaz')
  const cutOut = units.filter((u) => u !== kaz && contains(topology, u.geometry, BAIKONUR))
  if (cutOut.length === 0) {
    if (!contains(topology, kaz.geometry, BAIKONUR))
      throw new Error('Baikonur is in no unit at all')
    return { units, finding: 'Baikonur: no separate unit at this scale; already inside Kazakhstan' }
  }
  const [baikonur, ...others] = cutOut
  if (!baikonur || others.length > 0) throw new Error(`Baikonur is in ${cutOut.length} units`)
  // Only merge an enclave: every arc of the unit must be shared with Kazakhstan.
  const kazArcs = new Set(arcsOf(kaz.geometry))
  if (!arcsOf(baikonur.geometry).every((arc) => kazArcs.has(arc))) {
    throw new Error(`Unit "${baikonur.name}" at Baikonur is not an enclave in Kazakhstan`)
  }
  const merged: Unit = { ...kaz, geometry: mergeArcs(topology, [kaz.geometry, baikonur.geometry]) }
  return {
    units: units.filter((u) => u !== baikonur).map((u) => (u === kaz ? merged : u)),
    finding: `Baikonur: Natural Earth unit "${baikonur.name}" (no ISO id), ${summarize(topology, baikonur.geometry)}, an enclave in Kazakhstan: merged into Kazakhstan`,
  }
}

/**
 * Natural Earth 4.x draws Crimea (and Sevastopol) inside Russia, de facto. The map shows the
 * internationally recognised border (UNGA 68/262), so Russia's Crimea polygon moves into Ukraine.
 */
export function moveCrimeaToUkraine(
  topology: Topology,
  units: Unit[],
): { units: Unit[]; crimea: Unit; finding: string } {
  const rus = findUnit(units, 'rus')
  const ukr = findUnit(units, 'ukr')
  const polygons = polygonsOf(rus.geometry)
  const inCrimea = (arcs: number[][]) =>
    CRIMEA_POINTS.some((p) => contains(topology, { type: 'Polygon', arcs }, p))
  const crimeaPolygons = polygons.filter(inCrimea)
  if (crimeaPolygons.length === 0) throw new Error('Crimea is not in Russia: check the source data')
  const crimeaGeometry: AreaGeometry = { type: 'MultiPolygon', arcs: crimeaPolygons }
  const area = areaKm2(toGeoJson(topology, crimeaGeometry))
  // Crimea with Sevastopol is ~27,000 km²: anything else means the wrong polygon was picked.
  if (area < 20_000 || area > 35_000) throw new Error(`Crimea polygon has ${Math.round(area)} km²`)
  const newRus: Unit = {
    ...rus,
    geometry: { type: 'MultiPolygon', arcs: polygons.filter((p) => !crimeaPolygons.includes(p)) },
  }
  const newUkr: Unit = { ...ukr, geometry: mergeArcs(topology, [ukr.geometry, crimeaGeometry]) }
  const shared = neighbors([ukr.geometry, crimeaGeometry])[0]?.length ?? 0
  return {
    units: units.map((u) => (u === rus ? newRus : u === ukr ? newUkr : u)),
    crimea: { id: 'crimea', name: 'Crimea', geometry: crimeaGeometry },
    finding: `Crimea: ${crimeaPolygons.length} polygon(s) of Russia's ${polygons.length} contain Simferopol/Sevastopol/Kerch, ${summarize(topology, crimeaGeometry)}${shared ? ', sharing a land border with Ukraine' : ''}: moved to Ukraine`,
  }
}

/** Both corrections, in the order that keeps each check simple. */
export function correct(topology: Topology, units: Unit[]): Corrected {
  const baikonur = mergeBaikonur(topology, units)
  const crimea = moveCrimeaToUkraine(topology, baikonur.units)
  return {
    units: crimea.units,
    crimea: crimea.crimea,
    findings: [baikonur.finding, crimea.finding],
  }
}
