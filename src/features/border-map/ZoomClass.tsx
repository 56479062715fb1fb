import { useEffect } from 'react'
import { useMap } from 'react-leaflet'

export interface ZoomClassProps {
  /** Below this zoom, city labels are hidden: on the world view they would pile up over Europe. */
  cityLabelsFrom: number
}

/** Marks the map container as zoomed out, so CSS can drop the labels that would overlap. */
export function ZoomClass({ cityLabelsFrom }: ZoomClassProps) {
  const map = useMap()
  useEffect(
    function trackZoom() {
      const update = () =>
        map.getContainer().classList.toggle('map--zoomed-out', map.getZoom() < cityLabelsFrom)
      update()
      map.on('zoomend', update)
      return function untrackZoom() {
        map.off('zoomend', update)
      }
    },
    [map, cityLabelsFrom],
  )
  return null
}
