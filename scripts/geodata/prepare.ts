import type { Topology } from 'topojson-specification'
import { deriveCaspian } from './caspian.ts'
import { correct } from './corrections.ts'
import { loadCountries, type Resolution } from './source.ts'
import { readUnits, type Unit } from './units.ts'

/** The source at one scale with our corrections applied: still full resolution, still topology. */
export interface Prepared {
  topology: Topology
  /** Countries and other units; Kazakhstan includes Baikonur, Ukraine includes Crimea. */
  units: Unit[]
  crimea: Unit
  caspian: Unit
  findings: string[]
}

const cache = new Map<Resolution, Prepared>()

/** Forget cached results, so a test can prove that a build from scratch gives the same bytes. */
export function clearPrepared(): void {
  cache.clear()
}

/** Cached: parsing the 1:10m file is the slow part, and the result is never mutated. */
export function prepare(resolution: Resolution): Prepared {
  const cached = cache.get(resolution)
  if (cached) return cached
  const topology = loadCountries(resolution)
  const corrected = correct(topology, readUnits(topology))
  const { caspian, finding } = deriveCaspian(topology, corrected.units)
  const prepared: Prepared = {
    topology,
    units: corrected.units,
    crimea: corrected.crimea,
    caspian,
    findings: [...corrected.findings, finding],
  }
  cache.set(resolution, prepared)
  return prepared
}
