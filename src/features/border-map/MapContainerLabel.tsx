import { useEffect } from 'react'
import { useMap } from 'react-leaflet'

export interface MapContainerLabelProps {
  label: string
  describedBy: string
}

/** Names Leaflet's keyboard-focusable container, which MapContainer gives no props for. */
export function MapContainerLabel({ label, describedBy }: MapContainerLabelProps) {
  const map = useMap()
  useEffect(
    function labelContainer() {
      const container = map.getContainer()
      container.setAttribute('role', 'group')
      container.setAttribute('aria-label', label)
      container.setAttribute('aria-describedby', describedBy)
    },
    [map, label, describedBy],
  )
  return null
}
