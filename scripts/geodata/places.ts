import type { Position } from 'geojson'

/** Reference points, [lon, lat]: used to find features in the source and to test the output. */
export const SIMFEROPOL: Position = [34.1, 44.95]
export const SEVASTOPOL: Position = [33.52, 44.6]
export const KERCH: Position = [36.47, 45.36]
export const CRIMEA_POINTS: readonly Position[] = [SIMFEROPOL, SEVASTOPOL, KERCH]

/** Baikonur Cosmodrome, 45°57′54″N 63°18′18″E. */
export const BAIKONUR: Position = [63.305, 45.965]
export const ASTANA: Position = [71.417, 51.167]
/** Open water in the middle Caspian. */
export const MID_CASPIAN: Position = [51, 42]

/** Mean Earth radius (IUGG), km: d3-geo measures on the unit sphere. */
export const EARTH_RADIUS_KM = 6371.0088
