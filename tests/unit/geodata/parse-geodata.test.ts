import { describe, expect, it } from 'vitest'
import { parseGeodata } from '../../../src/geodata/parse-geodata.ts'

const polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ],
}
const valid = () => ({
  view: 'borders',
  source: 'test',
  pointOfView: 'test',
  bbox: [44, 35, 92, 58],
  regions: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { id: 'kaz', name: 'Kazakhstan', role: 'focus' },
        geometry: polygon,
      },
    ],
  },
  borders: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { id: 'kaz-rus', neighbour: 'rus', name: 'Kazakhstan–Russia border' },
        geometry: {
          type: 'LineString',
          coordinates: [
            [0, 0],
            [1, 1],
          ],
        },
      },
    ],
  },
})

describe('parseGeodata', () => {
  it('accepts a well-formed view', () => {
    const data = valid()
    expect(parseGeodata(data, 'borders')).toBe(data)
  })

  it.each([
    ['null', null, 'expected an object'],
    ['an empty object', {}, 'expected the "borders" view, got undefined'],
    ['the other view', { ...valid(), view: 'actors' }, 'expected the "borders" view, got "actors"'],
    ['no regions', { ...valid(), regions: undefined }, 'regions is missing'],
    ['a bad bbox', { ...valid(), bbox: [1, 2, 3] }, 'bbox should be [west, south, east, north]'],
    ['no source', { ...valid(), source: '' }, 'source is missing'],
  ])('rejects %s with a readable message', (_, json, message) => {
    expect(() => parseGeodata(json, 'borders')).toThrow(`Map data is broken: ${message}`)
  })

  it('names the broken feature', () => {
    const data = valid()
    data.regions.features[0] = {
      ...data.regions.features[0],
      properties: { id: 'kaz', name: 'Kazakhstan', role: 'capital' },
    } as never
    expect(() => parseGeodata(data, 'borders')).toThrow('regions[0] has an unknown role "capital"')
    const lines = valid()
    lines.borders.features[0] = { ...lines.borders.features[0], geometry: polygon } as never
    expect(() => parseGeodata(lines, 'borders')).toThrow(
      'borders[0] should be a LineString or MultiLineString',
    )
  })
})
