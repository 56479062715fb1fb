import type { Feature, Geometry } from 'geojson'
import { canvas, type Layer, type GeoJSON as LeafletGeoJSON, type Path } from 'leaflet'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { GeoJSON, Pane, useMap } from 'react-leaflet'
import type { PlaceId } from '../../content/ids.ts'
import type { GeodataView, RegionProperties } from '../../geodata/types.ts'
import { useLatest } from '../../lib/useLatest.ts'
import { makePathAccessible, setPathPressed } from './accessible-path.ts'
import { regionStyle } from './map-style.ts'

export interface RegionsLayerProps {
  regions: GeodataView['regions']
  /** Ids the reader can select, in tab order; everything else is drawn as faded context. */
  selectable: readonly PlaceId[]
  selected: PlaceId | null
  highlighted: readonly PlaceId[]
  labelFor: (id: PlaceId) => string
  onSelect: (id: PlaceId) => void
}

type RegionFeature = Feature<Geometry, RegionProperties>

/** Countries and the Caspian Sea: faded context underneath, selectable regions as buttons on top. */
export function RegionsLayer({
  regions,
  selectable,
  selected,
  highlighted,
  labelFor,
  onSelect,
}: RegionsLayerProps) {
  const [hovered, setHovered] = useState<string | null>(null)
  const onSelectRef = useLatest(onSelect)
  const labelForRef = useLatest(labelFor)
  const layerRef = useRef<LeafletGeoJSON>(null)
  const map = useMap()
  // Leaflet passes GeoJSON options on to each shape; react-leaflet's props type omits `renderer`.
  const contextRenderer = useMemo(() => ({ renderer: canvas({ padding: 0.5 }) }) as object, [])

  const [showContext, setShowContext] = useState(false)
  useEffect(function drawContextNextTask() {
    const timer = setTimeout(() => setShowContext(true), 0)
    return function cancelContext() {
      clearTimeout(timer)
    }
  }, [])

  const { context, active } = useMemo(
    () => splitRegions(regions, selectable),
    [regions, selectable],
  )

  // Context countries are never selected or hovered: a style that never changes keeps hovering
  // from redrawing the whole canvas.
  const contextStyle = useCallback(
    (feature?: RegionFeature) =>
      regionStyle(feature?.properties.role ?? 'context', {
        selected: false,
        hovered: false,
        highlighted: false,
      }),
    [],
  )
  const style = useCallback(
    (feature?: RegionFeature) => {
      const id = feature?.properties.id ?? ''
      return regionStyle(feature?.properties.role ?? 'context', {
        selected: id === selected,
        hovered: id === hovered,
        highlighted: (highlighted as readonly string[]).includes(id),
      })
    },
    [selected, hovered, highlighted],
  )

  const bindRegion = useCallback(
    (feature: RegionFeature, layer: Layer) => {
      const id = feature.properties.id as PlaceId
      const activate = () => onSelectRef.current(id)
      layer.on({
        click: activate,
        mouseover: () => setHovered(id),
        mouseout: () => setHovered((current) => (current === id ? null : current)),
        add: () =>
          makePathAccessible(layer as Path, {
            map,
            label: labelForRef.current(id),
            onActivate: activate,
          }),
      })
    },
    [map, onSelectRef, labelForRef],
  )

  useEffect(
    function syncPressedState() {
      layerRef.current?.eachLayer((layer) => {
        const id = (layer as Layer & { feature?: RegionFeature }).feature?.properties.id
        setPathPressed(layer as Path, id === selected)
      })
    },
    [selected],
  )

  return (
    <>
      {/* Context shapes are many and inert: drawn on a canvas in a pane beneath the selectable
          shapes, one task after them, so neither step blocks the page for long. */}
      <Pane name="context" className="context-pane">
        {showContext && (
          <GeoJSON data={context} style={contextStyle} interactive={false} {...contextRenderer} />
        )}
      </Pane>
      <GeoJSON ref={layerRef} data={active} style={style} onEachFeature={bindRegion} />
    </>
  )
}

function splitRegions(regions: GeodataView['regions'], selectable: readonly PlaceId[]) {
  const order = new Map(selectable.map((id, index) => [id as string, index]))
  const active = regions.features
    .filter((f) => order.has(f.properties.id))
    .sort((a, b) => (order.get(a.properties.id) ?? 0) - (order.get(b.properties.id) ?? 0))
  const context = regions.features.filter((f) => !order.has(f.properties.id))
  return {
    context: { type: 'FeatureCollection' as const, features: context },
    active: { type: 'FeatureCollection' as const, features: active },
  }
}
