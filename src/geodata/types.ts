import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson'

/** The two map views; each is one file in public/geo/. */
export type GeodataViewName = 'borders' | 'actors'

/**
 * How the map should draw a region. `focus` is Kazakhstan in the borders view, `actor` a country of the
 * story in the actors view, `disputed` an area drawn twice (inside its country and on its own) so the map
 * can mark it: Crimea.
 */
export type RegionRole = 'focus' | 'neighbour' | 'water' | 'context' | 'actor' | 'disputed'

/** Countries by lower-case ISO 3166-1 alpha-3 (`kaz`), everything else by slug (`caspian-sea`). */
export interface RegionProperties {
  id: string
  name: string
  role: RegionRole
}

/** One land border of Kazakhstan: id like `kaz-rus`, neighbour `rus`, name "Kazakhstan–Russia border". */
export interface BorderProperties {
  id: string
  neighbour: string
  name: string
}

export type RegionGeometry = Polygon | MultiPolygon
export type BorderGeometry = LineString | MultiLineString

/**
 * One view's map data. Coordinates are [longitude, latitude]. Polygon rings wind clockwise (d3-geo's
 * spherical convention, which `geoContains` relies on); Leaflet ignores winding.
 */
export interface GeodataView {
  view: GeodataViewName
  source: string
  /** One sentence on what the map shows and whose borders it draws. */
  pointOfView: string
  /** [west, south, east, north] of what the view is about: fit the map to this. */
  bbox: [number, number, number, number]
  /** In drawing order: context first, the focus or actors after, disputed areas last. */
  regions: FeatureCollection<RegionGeometry, RegionProperties>
  borders: FeatureCollection<BorderGeometry, BorderProperties>
}
