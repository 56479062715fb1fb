// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { PLACE_IDS } from '../../../src/content/ids.ts'
import { places } from '../../../src/content/places.ts'
import {
  VIEW_PLACES,
  viewForPlace,
  viewHasPlace,
} from '../../../src/features/border-map/map-views.ts'

describe('map views', () => {
  it('keep the view when it shows the place, and switch when it does not', () => {
    expect(viewForPlace('kgz', 'borders')).toBe('borders')
    expect(viewForPlace('kgz', 'actors')).toBe('borders')
    expect(viewForPlace('deu', 'borders')).toBe('actors')
    expect(viewForPlace('kaz', 'actors')).toBe('actors')
    expect(viewForPlace(null, 'actors')).toBe('actors')
  })

  it('show every place the content knows in at least one view', () => {
    const shown = PLACE_IDS.filter(
      (id) => viewHasPlace('borders', id) || viewHasPlace('actors', id),
    )
    expect(shown).toEqual([...PLACE_IDS])
  })

  it('have coordinates for every city they draw as a marker', () => {
    const markers = [...VIEW_PLACES.borders.markers, ...VIEW_PLACES.actors.markers]
    const missing = markers.filter((id) => !places.find((p) => p.id === id)?.coordinates)
    expect(missing).toEqual([])
  })
})
