import { useEffect } from 'react'
import { useMap } from 'react-leaflet'

/** Leaflet only notices window resizes; the sticky column and the panel resize the map too. */
export function ContainerResizeWatcher() {
  const map = useMap()
  useEffect(
    function watchContainer() {
      const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }))
      observer.observe(map.getContainer())
      return function unwatchContainer() {
        observer.disconnect()
      }
    },
    [map],
  )
  return null
}
