import type { GeodataView } from '../../src/geodata/types.ts'
import { sharedBorder } from './assemble.ts'
import { maxDeviationKm } from './deviation.ts'
import { prepare } from './prepare.ts'
import { findUnit, toGeoJson } from './units.ts'

export interface Accuracy {
  /** Kazakhstan's outline (borders and Caspian coast) against the 1:10m source, km. */
  outlineKm: number
  /** Each of Kazakhstan's land borders against the same border in the source, km. */
  bordersKm: Record<string, number>
}

/** How far the borders view strays from the corrected but unsimplified 1:10m source. */
export function measureAccuracy(view: GeodataView): Accuracy {
  const { topology, units } = prepare('10m')
  const kaz = findUnit(units, 'kaz')
  const region = view.regions.features.find((f) => f.properties.id === 'kaz')
  if (!region) throw new Error('No kaz region in the view')
  const bordersKm: Record<string, number> = {}
  for (const border of view.borders.features) {
    const source = sharedBorder(topology, kaz, findUnit(units, border.properties.neighbour))
    bordersKm[border.properties.id] = maxDeviationKm(source, border.geometry)
  }
  return {
    outlineKm: maxDeviationKm(toGeoJson(topology, kaz.geometry), region.geometry),
    bordersKm,
  }
}
