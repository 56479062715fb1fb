import { lazy } from 'react'
import type { MapView, PlaceId, PlanId } from '../../content/ids.ts'
import type { Place } from '../../content/schema.ts'
import { siteCopy } from '../../content/site.ts'
import { useIsClient } from '../../lib/useIsClient.ts'
import { SectionBoundary } from '../../shared/SectionBoundary.tsx'
import { ViewSwitch } from './ViewSwitch.tsx'

// Leaflet, react-leaflet and the geodata load in their own chunk, after the article has rendered.
const BorderMap = lazy(() => import('./BorderMap.tsx').then((m) => ({ default: m.BorderMap })))
// The full notes cite sources; loaded in the browser only, they keep the source list out of the
// first script. The one-line caption before them is in the prerendered page.
const MapNotes = lazy(() => import('./MapNotes.tsx').then((m) => ({ default: m.MapNotes })))

export interface MapSectionProps {
  view: MapView
  selected: PlaceId | null
  /** The open plan card, whose proponents the actors view highlights. */
  highlightPlan: PlanId | null
  places: Place[]
  panel: React.ReactNode
  onSelect: (id: PlaceId) => void
  onClear: () => void
  onViewChange: (view: MapView) => void
}

/** The sticky map column beside the article: view switch, map, source line and place panel. */
export function MapSection({
  view,
  selected,
  highlightPlan,
  places,
  panel,
  onSelect,
  onClear,
  onViewChange,
}: MapSectionProps) {
  const isClient = useIsClient()
  const copy = siteCopy.map
  const placeholder = <p className="map-frame map-status">{copy.loading}</p>
  return (
    <section
      className="map-column"
      aria-labelledby="map-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && selected) onClear()
      }}
    >
      <h2 id="map-heading" tabIndex={-1}>
        {copy.headings[view]}
      </h2>
      <p className="section-intro">{copy.intro}</p>
      <ViewSwitch view={view} onChange={onViewChange} />
      <p id="map-instructions" className="visually-hidden">
        {copy.instructions[view]}
      </p>
      {isClient ? (
        <SectionBoundary fallback={placeholder}>
          <BorderMap
            view={view}
            selected={selected}
            highlightPlan={highlightPlan}
            places={places}
            instructionsId="map-instructions"
            onSelect={onSelect}
          />
        </SectionBoundary>
      ) : (
        placeholder
      )}
      <noscript>
        <p className="map-caption">{copy.needsScript}</p>
      </noscript>
      <p className="map-caption">{copy.caption}</p>
      {isClient && (
        <SectionBoundary>
          <MapNotes />
        </SectionBoundary>
      )}
      <div className="place-panel-slot">
        {panel ?? (
          <p className="place-hint">
            {copy.nothingSelected} <a href="#border-table">{copy.tableLink}</a>
          </p>
        )}
      </div>
    </section>
  )
}
