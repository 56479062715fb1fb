import { geoArea } from 'd3-geo'
import { describe, expect, it } from 'vitest'
import { buildActorsView } from '../../../scripts/geodata/build-actors-view.ts'
import { buildBordersView } from '../../../scripts/geodata/build-borders-view.ts'
import { maxDeviationKm } from '../../../scripts/geodata/deviation.ts'
import { clearPrepared } from '../../../scripts/geodata/prepare.ts'
import { GZIP_BUDGET_BYTES, gzipSize, stableStringify } from '../../../scripts/geodata/serialize.ts'
import { parseGeodata } from '../../../src/geodata/parse-geodata.ts'

const builds = { borders: buildBordersView, actors: buildActorsView }

describe.each(Object.entries(builds))('%s file', (name, build) => {
  const text = stableStringify(build().data)

  it('stays within the gzip budget', () => {
    expect(gzipSize(text)).toBeLessThanOrEqual(GZIP_BUDGET_BYTES)
  })

  it('is byte-for-byte the same when built again from scratch', () => {
    clearPrepared()
    expect(stableStringify(build().data)).toBe(text)
  })

  it('draws flat (Leaflet) and round (d3-geo) alike: no ring jumps the antimeridian or is inside out', () => {
    for (const region of build().data.regions.features) {
      const { geometry, properties } = region
      const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat()
      for (const ring of rings) {
        // Antarctica's bottom edge runs along the pole from 180° to −180°: that one is meant.
        const jump = ring.some(([lon = 0, lat = 0], i) => {
          const [before = lon, latBefore = lat] = ring[i - 1] ?? []
          return Math.abs(lon - before) > 180 && !(Math.abs(lat) === 90 && lat === latBefore)
        })
        expect(jump, properties.id).toBe(false)
      }
      expect(geoArea(region), properties.id).toBeLessThan(2 * Math.PI)
    }
  })

  it('passes the browser-side check', () => {
    expect(parseGeodata(JSON.parse(text), name as 'borders' | 'actors').view).toBe(name)
  })
})

describe('maxDeviationKm', () => {
  it('measures how far one outline strays from another', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [60, 45],
        [61, 45],
        [62, 45],
      ],
    }
    // 0.018° of latitude is 2.0 km.
    const bent = {
      type: 'LineString' as const,
      coordinates: [
        [60, 45],
        [61, 45.018],
        [62, 45],
      ],
    }
    expect(maxDeviationKm(line, line)).toBe(0)
    expect(maxDeviationKm(line, bent)).toBeCloseTo(2.0, 1)
  })
})
