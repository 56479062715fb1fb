import { useCallback, useMemo } from 'react'
import {
  borders,
  totalLandBorderKm,
  totalLandBorderOtherFigures,
  totalLandBorderSources,
} from './content/borders.ts'
import { factCheckNotes } from './content/fact-check.ts'
import type { ComparableId, MapView, PlaceId, PlanId } from './content/ids.ts'
import { article, getPlace, places } from './content/index.ts'
import type { MentionTarget } from './content/schema.ts'
import { siteCopy } from './content/site.ts'
import { Announcer } from './features/announcer/Announcer.tsx'
import type { Names } from './features/announcer/describe-change.ts'
import { useAnnouncement } from './features/announcer/useAnnouncement.ts'
import { ArticleView } from './features/article/ArticleView.tsx'
import { excerptsMentioning } from './features/article/mentions-of.ts'
import { MapSection } from './features/border-map/MapSection.tsx'
import { viewForPlace, viewHasPlace } from './features/border-map/map-views.ts'
import { borderFigures, findBorder } from './features/places/border-figures.ts'
import { SelectionBar } from './features/site/SelectionBar.tsx'
import { SiteHeader } from './features/site/SiteHeader.tsx'
import {
  BorderTable,
  EndNotes,
  FactCheck,
  PlacePanel,
  PlansSection,
  TimelineSection,
} from './lazy-sections.ts'
import { reveal } from './lib/reveal.ts'
import { SectionBoundary } from './shared/SectionBoundary.tsx'
import { useSelection } from './state/useSelection.ts'

const names: Names = { place: (id) => getPlace(id).name }
const figures = borderFigures(borders, totalLandBorderKm)
const placeName = (id: PlaceId) => getPlace(id).name

function mentionLabel(text: string, target: MentionTarget): string {
  const labels = siteCopy.mentionLabels
  return target.kind === 'plan' ? labels.plan(text) : labels.place(text, getPlace(target.id).name)
}

// A view that cannot show the selected place drops it, so panel and map never disagree.
const keepPlaceIn = (view: MapView, place: PlaceId | null) =>
  place && viewHasPlace(view, place) ? place : null

/** The only place where features meet: content → state → features. */
export function App() {
  const [selection, updateSelection] = useSelection()
  const announcement = useAnnouncement(selection, names)

  const selectPlace = useCallback(
    (id: PlaceId) =>
      updateSelection((current) => ({ place: id, view: viewForPlace(id, current.view) })),
    [updateSelection],
  )
  // From below the sticky map (table, timeline) the change would happen out of sight: take the
  // reader to the place's panel.
  const selectAndShowPlace = useCallback(
    (id: PlaceId) => {
      selectPlace(id)
      reveal('place-heading')
    },
    [selectPlace],
  )
  const clearPlace = useCallback(() => updateSelection({ place: null }), [updateSelection])
  // The Clear buttons disappear with the selection: focus goes to the map's heading, not the void.
  const clearPlaceFromButton = useCallback(() => {
    clearPlace()
    reveal('map-heading')
  }, [clearPlace])
  const changeView = useCallback(
    (view: MapView) =>
      updateSelection((current) => ({ view, place: keepPlaceIn(view, current.place) })),
    [updateSelection],
  )

  const openPlan = useCallback(
    (id: PlanId) => {
      updateSelection({ plan: id })
      reveal(`plan-${id}`)
    },
    [updateSelection],
  )
  const togglePlan = useCallback(
    (id: PlanId) => updateSelection((current) => ({ plan: current.plan === id ? null : id })),
    [updateSelection],
  )
  const changeCompare = useCallback(
    (compare: ComparableId[]) => updateSelection({ compare }),
    [updateSelection],
  )
  const showProponents = useCallback(
    (id: PlanId) => {
      updateSelection((current) => ({
        plan: id,
        view: 'actors',
        place: keepPlaceIn('actors', current.place),
      }))
      reveal('map-heading')
    },
    [updateSelection],
  )

  const activateMention = useCallback(
    (target: MentionTarget) => {
      if (target.kind === 'plan') {
        openPlan(target.id)
        return
      }
      // A mention toggles: activating the selected place's mention again clears it.
      const id = target.id
      updateSelection((current) =>
        current.place === id
          ? { place: null }
          : { place: id, view: viewForPlace(id, current.view) },
      )
    },
    [updateSelection, openPlan],
  )

  const panel = useMemo(() => {
    if (!selection.place) return null
    return (
      <SectionBoundary fallback={<p className="place-hint">{siteCopy.map.loadingPlace}</p>}>
        <PlacePanel
          place={getPlace(selection.place)}
          border={findBorder(figures, selection.place)}
          excerpts={excerptsMentioning(article, selection.place)}
          onClear={clearPlaceFromButton}
        />
      </SectionBoundary>
    )
  }, [selection.place, clearPlaceFromButton])

  return (
    <>
      <SiteHeader />
      {/* Fixed at the foot of a phone's screen, but first in the tab order after the masthead. */}
      <SelectionBar
        placeName={selection.place ? placeName(selection.place) : null}
        onClear={clearPlaceFromButton}
      />
      <main id="main" className="page">
        <div className="reading-layout">
          <ArticleView
            article={article}
            selectedPlace={selection.place}
            labelFor={mentionLabel}
            onActivateMention={activateMention}
            factCheck={
              <SectionBoundary>
                <FactCheck notes={factCheckNotes} />
              </SectionBoundary>
            }
          />
          <MapSection
            view={selection.view}
            selected={selection.place}
            highlightPlan={selection.view === 'actors' ? selection.plan : null}
            places={places}
            panel={panel}
            onSelect={selectPlace}
            onClear={clearPlace}
            onViewChange={changeView}
          />
        </div>
        <SectionBoundary>
          <BorderTable
            figures={figures}
            totalKm={totalLandBorderKm}
            totalSources={totalLandBorderSources}
            otherTotals={totalLandBorderOtherFigures}
            nameOf={placeName}
            selected={selection.place}
            onSelect={selectAndShowPlace}
          />
        </SectionBoundary>
        <SectionBoundary>
          <PlansSection
            openPlan={selection.plan}
            compare={selection.compare}
            onTogglePlan={togglePlan}
            onCompareChange={changeCompare}
            onShowProponents={showProponents}
          />
          <TimelineSection
            placeName={placeName}
            onSelectPlace={selectAndShowPlace}
            onOpenPlan={openPlan}
          />
        </SectionBoundary>
      </main>
      <SectionBoundary>
        <EndNotes />
      </SectionBoundary>
      <Announcer message={announcement} />
    </>
  )
}
