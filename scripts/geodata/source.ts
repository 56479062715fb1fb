import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Topology } from 'topojson-specification'

export type Resolution = '10m' | '50m' | '110m'

const require = createRequire(import.meta.url)

/** world-atlas 2.x redistributes Natural Earth 4.1.0 (its README says so; the files don't). */
export const NATURAL_EARTH_VERSION = '4.1.0'

export function worldAtlasVersion(): string {
  const pkg = JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')) as {
    version: string
  }
  return pkg.version
}

const SCALE: Record<Resolution, string> = { '10m': '1:10m', '50m': '1:50m', '110m': '1:110m' }

/** e.g. "Natural Earth 4.1.0 (1:10m) via world-atlas 2.0.2". */
export function describeSource(resolution: Resolution): string {
  return `Natural Earth ${NATURAL_EARTH_VERSION} (${SCALE[resolution]}) via world-atlas ${worldAtlasVersion()}`
}

/**
 * Loads world-atlas's countries file and decodes it: absolute [lon, lat] arcs, no transform. The
 * quantized, delta-encoded form saves bytes on disk but every step after this wants plain degrees.
 */
export function loadCountries(resolution: Resolution): Topology {
  const file = require.resolve(`world-atlas/countries-${resolution}.json`)
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology
  const transform = topology.transform
  if (!transform) return topology
  const [sx, sy] = transform.scale
  const [tx, ty] = transform.translate
  const arcs = topology.arcs.map((arc) => {
    let x = 0
    let y = 0
    return arc.map(([dx = 0, dy = 0]) => {
      x += dx
      y += dy
      return [x * sx + tx, y * sy + ty]
    })
  })
  return { type: 'Topology', objects: topology.objects, arcs }
}
