import { geoContains } from 'd3-geo'
import { describe, expect, it } from 'vitest'
import { correct } from '../../../scripts/geodata/corrections.ts'
import { BAIKONUR, CRIMEA_POINTS } from '../../../scripts/geodata/places.ts'
import { loadCountries } from '../../../scripts/geodata/source.ts'
import { findUnit, readUnits, toGeoJson } from '../../../scripts/geodata/units.ts'

/** The corrections only mean something if the source really has the problems they fix. */
describe.each(['10m', '50m'] as const)('Natural Earth %s corrections', (resolution) => {
  const topology = loadCountries(resolution)
  const units = readUnits(topology)
  const at = (list: typeof units, id: string) => toGeoJson(topology, findUnit(list, id).geometry)
  const corrected = correct(topology, units)

  it('finds Crimea inside Russia in the source and moves it to Ukraine', () => {
    for (const point of CRIMEA_POINTS) {
      const p = point as [number, number]
      expect(geoContains(at(units, 'rus'), p)).toBe(true)
      expect(geoContains(at(corrected.units, 'rus'), p)).toBe(false)
      expect(geoContains(at(corrected.units, 'ukr'), p)).toBe(true)
      expect(geoContains(toGeoJson(topology, corrected.crimea.geometry), p)).toBe(true)
    }
  })

  it('has Baikonur in Kazakhstan afterwards, and in no other unit', () => {
    const p = BAIKONUR as [number, number]
    const holders = corrected.units.filter((u) => geoContains(toGeoJson(topology, u.geometry), p))
    expect(holders.map((u) => u.id)).toEqual(['kaz'])
    // 1:10m cuts Baikonur out as its own unit; 1:50m doesn't.
    expect(units.some((u) => u.id === 'baikonur')).toBe(resolution === '10m')
  })
})
