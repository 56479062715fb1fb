import { Suspense, useCallback, useMemo } from 'react'
import { borders, totalLandBorderKm, totalLandBorderSources } from './content/borders.ts'
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
import { viewForPlace } from './features/border-map/map-views.ts'
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
import { useSelection } from './state/useSelection.ts'

const names: Names = { place: (id) => getPlace(id).name }
const figures = borderFigures(borders, totalLandBorderKm)
const placeName = (id: PlaceId) => getPlace(id).name

function mentionLabel(text: string, target: MentionTarget): string {
  const labels = siteCopy.mentionLabels
  return target.kind === 'plan' ? labels.plan(text) : labels.place(text, getPlace(target.id).name)
}

/** The only place where features meet: content → state → features. */
export function App() {
  const [selection, updateSelection] = useSelection()
  const announcement = useAnnouncement(selection, names)

  const selectPlace = useCallback(
    (id: PlaceId) =>
      updateSelection((current) => ({ place: id, view: viewForPlace(id, current.view) })),
    [updateSelection],
  )
  const clearPlace = useCallback(() => updateSelection({ place: null }), [updateSelection])
  const changeView = useCallback((view: MapView) => updateSelection({ view }), [updateSelection])

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
      updateSelection({ plan: id, view: 'actors' })
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
      <Suspense fallback={<p className="place-hint">{siteCopy.map.loadingPlace}</p>}>
        <PlacePanel
          place={getPlace(selection.place)}
          border={findBorder(figures, selection.place)}
          excerpts={excerptsMentioning(article, selection.place)}
          onClear={clearPlace}
        />
      </Suspense>
    )
  }, [selection.place, clearPlace])

  return (
    <>
      <SiteHeader />
      <main id="main" className="page">
        <div className="reading-layout">
          <ArticleView
            article={article}
            selectedPlace={selection.place}
            labelFor={mentionLabel}
            onActivateMention={activateMention}
            factCheck={
              <Suspense>
                <FactCheck notes={factCheckNotes} />
              </Suspense>
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
        <Suspense>
          <BorderTable
            figures={figures}
            totalKm={totalLandBorderKm}
            totalSources={totalLandBorderSources}
            nameOf={placeName}
            selected={selection.place}
            onSelect={selectPlace}
          />
        </Suspense>
        <Suspense>
          <PlansSection
            openPlan={selection.plan}
            compare={selection.compare}
            onTogglePlan={togglePlan}
            onCompareChange={changeCompare}
            onShowProponents={showProponents}
          />
          <TimelineSection
            placeName={placeName}
            onSelectPlace={selectPlace}
            onOpenPlan={openPlan}
          />
        </Suspense>
      </main>
      <Suspense>
        <EndNotes />
      </Suspense>
      <SelectionBar
        placeName={selection.place ? placeName(selection.place) : null}
        onClear={clearPlace}
      />
      <Announcer message={announcement} />
    </>
  )
}
