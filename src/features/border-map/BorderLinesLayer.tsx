import type { Feature, Geometry } from 'geojson'
import { useCallback } from 'react'
import { GeoJSON } from 'react-leaflet'
import type { PlaceId } from '../../content/ids.ts'
import type { BorderProperties, GeodataView } from '../../geodata/types.ts'
import { borderLineStyle } from './map-style.ts'

export interface BorderLinesLayerProps {
  borders: GeodataView['borders']
  selected: PlaceId | null
}

/** Kazakhstan's five land borders; the selected neighbour's is drawn thick, so it reads without colour. */
export function BorderLinesLayer({ borders, selected }: BorderLinesLayerProps) {
  const style = useCallback(
    (feature?: Feature<Geometry, Partial<BorderProperties>>) =>
      // With Kazakhstan selected all five borders are emphasised; with a neighbour, its own.
      borderLineStyle(selected === 'kaz' || feature?.properties.neighbour === selected),
    [selected],
  )
  if (borders.features.length === 0) return null
  return <GeoJSON data={borders} style={style} interactive={false} />
}
