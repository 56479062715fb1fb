import 'leaflet/dist/leaflet.css'
import './border-map.css'
import { latLngBounds } from 'leaflet'
import { useMemo, useRef } from 'react'
import { AttributionControl, MapContainer, Pane, ScaleControl } from 'react-leaflet'
import type { MapView, PlaceId, PlanId } from '../../content/ids.ts'
import { getPlan } from '../../content/plan-lookup.ts'
import type { Place } from '../../content/schema.ts'
import { siteCopy } from '../../content/site.ts'
import type { GeodataView } from '../../geodata/types.ts'
import { BorderLinesLayer } from './BorderLinesLayer.tsx'
import { ContainerResizeWatcher } from './ContainerResizeWatcher.tsx'
import { FOCUS_RING_PANE } from './focus-ring.ts'
import { MapContainerLabel } from './MapContainerLabel.tsx'
import { type MapLabel, MapLabels } from './MapLabels.tsx'
import { MapMover } from './MapMover.tsx'
import { MarkersLayer } from './MarkersLayer.tsx'
import { LABEL_ANCHORS, VIEW_PLACES } from './map-views.ts'
import { RegionsLayer } from './RegionsLayer.tsx'
import { useGeodata } from './useGeodata.ts'
import { ZoomClass } from './ZoomClass.tsx'

const NONE: readonly PlaceId[] = []

export interface BorderMapProps {
  view: MapView
  selected: PlaceId | null
  highlightPlan: PlanId | null
  places: Place[]
  instructionsId: string
  onSelect: (id: PlaceId) => void
}

/** The Leaflet map: loaded in its own chunk after the article, with its geodata fetched alongside. */
export function BorderMap(props: BorderMapProps) {
  const geodata = useGeodata(props.view)
  if (geodata.status === 'loading') {
    return <p className="map-frame map-status">{siteCopy.map.loading}</p>
  }
  if (geodata.status === 'failed') {
    return (
      <div className="map-frame map-status map-status--failed" role="alert">
        <p>
          {siteCopy.map.failed} {geodata.message}
        </p>
        <p>{siteCopy.map.failedHint}</p>
      </div>
    )
  }
  return <MapCanvas key={props.view} data={geodata.data} {...props} />
}

interface MapCanvasProps extends BorderMapProps {
  data: GeodataView
}

function MapCanvas({
  data,
  view,
  selected,
  highlightPlan,
  places,
  instructionsId,
  onSelect,
}: MapCanvasProps) {
  // Plan content is needed only here, in the map's chunk, not in the first script.
  const highlighted = highlightPlan ? getPlan(highlightPlan).proponentPlaces : NONE
  const pickedOnMap = useRef<PlaceId | null>(null)
  const { regions: selectable, markers: markerIds } = VIEW_PLACES[view]
  const markers = useMemo(
    () => markerIds.flatMap((id) => places.filter((p) => p.id === id)),
    [markerIds, places],
  )
  const names = useMemo(() => new Map(places.map((p) => [p.id, p.name])), [places])
  const labelFor = (id: PlaceId) => names.get(id) ?? id
  const labels = useMemo(() => buildLabels(view, markers, names), [view, markers, names])
  const [west, south, east, north] = data.bbox
  const bounds = latLngBounds([south, west], [north, east])

  const selectOnMap = (id: PlaceId) => {
    // Re-picking the selected place changes nothing, so no effect would consume the flag.
    if (id !== selected) pickedOnMap.current = id
    onSelect(id)
  }

  return (
    <MapContainer
      className="map-frame"
      bounds={bounds}
      maxBounds={bounds.pad(view === 'borders' ? 0.25 : 0.15)}
      maxBoundsViscosity={1}
      minZoom={view === 'borders' ? 2.5 : 1}
      maxZoom={7}
      zoomSnap={0.25}
      scrollWheelZoom={false}
      attributionControl={false}
      worldCopyJump={false}
    >
      <MapContainerLabel label={siteCopy.map.containerLabel(view)} describedBy={instructionsId} />
      <RegionsLayer
        regions={data.regions}
        selectable={selectable}
        selected={selected}
        highlighted={highlighted}
        labelFor={labelFor}
        onSelect={selectOnMap}
      />
      <BorderLinesLayer borders={data.borders} selected={selected} />
      <MarkersLayer
        places={markers}
        selected={selected}
        labelFor={labelFor}
        onSelect={selectOnMap}
      />
      <MapLabels labels={labels} />
      <MapMover
        view={view}
        data={data}
        selected={selected}
        markers={markers}
        pickedOnMap={pickedOnMap}
      />
      <Pane name={FOCUS_RING_PANE} className="focus-ring-pane" />
      <ContainerResizeWatcher />
      <ZoomClass cityLabelsFrom={3} />
      <ScaleControl position="bottomleft" imperial={false} />
      <AttributionControl position="bottomright" prefix={siteCopy.map.attribution} />
    </MapContainer>
  )
}

function buildLabels(view: MapView, markers: Place[], names: Map<string, string>): MapLabel[] {
  const regionLabels = Object.entries(LABEL_ANCHORS[view] ?? {}).map(([id, at]) => ({
    id,
    text: names.get(id as PlaceId) ?? id,
    at,
    kind: 'region' as const,
  }))
  const cityLabels = markers.flatMap((place) =>
    place.coordinates
      ? [{ id: place.id, text: place.name, at: place.coordinates, kind: 'city' as const }]
      : [],
  )
  return [...regionLabels, ...cityLabels]
}
