import type { GeodataView, GeodataViewName, RegionRole } from './types.ts'

const ROLES: readonly RegionRole[] = ['focus', 'neighbour', 'water', 'context', 'actor', 'disputed']

type Json = Record<string, unknown>

function fail(problem: string): never {
  throw new Error(`Map data is broken: ${problem}`)
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(owner: Json, key: string, where: string): string {
  const value = owner[key]
  if (typeof value !== 'string' || value === '') fail(`${where}${key} is missing`)
  return value
}

/** Checks a FeatureCollection's shape and each feature's geometry type and string properties. */
function features(
  owner: Json,
  key: string,
  types: readonly string[],
  props: readonly string[],
): Json[] {
  const collection = owner[key]
  if (!isObject(collection)) fail(`${key} is missing`)
  if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    fail(`${key} is not a FeatureCollection`)
  }
  return collection.features.map((feature: unknown, i: number) => {
    const where = `${key}[${i}]`
    if (!isObject(feature) || !isObject(feature.geometry) || !isObject(feature.properties)) {
      fail(`${where} is not a feature`)
    }
    const { geometry, properties } = feature
    if (!types.includes(String(geometry.type)) || !Array.isArray(geometry.coordinates)) {
      fail(`${where} should be a ${types.join(' or ')}`)
    }
    for (const prop of props) text(properties, prop, `${where}.`)
    return properties
  })
}

/**
 * Checks the shape of a fetched public/geo/*.json before the map draws it: the top level, every
 * feature's type and properties. Coordinates are trusted (the build wrote them); this catches a
 * stale, truncated or wrong file with a message a person can act on.
 */
export function parseGeodata(json: unknown, expectedView: GeodataViewName): GeodataView {
  if (!isObject(json)) fail('expected an object')
  if (json.view !== expectedView)
    fail(`expected the "${expectedView}" view, got ${JSON.stringify(json.view)}`)
  text(json, 'source', '')
  text(json, 'pointOfView', '')
  const { bbox } = json
  if (!Array.isArray(bbox) || bbox.length !== 4 || !bbox.every(Number.isFinite)) {
    fail('bbox should be [west, south, east, north]')
  }
  const regions = features(json, 'regions', ['Polygon', 'MultiPolygon'], ['id', 'name', 'role'])
  regions.forEach((p, i) => {
    if (!ROLES.includes(p.role as RegionRole)) fail(`regions[${i}] has an unknown role "${p.role}"`)
  })
  features(json, 'borders', ['LineString', 'MultiLineString'], ['id', 'neighbour', 'name'])
  return json as unknown as GeodataView
}
