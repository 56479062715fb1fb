import { describe, expect, it } from 'vitest'
import { ACTORS, buildActorsView } from '../../../scripts/geodata/build-actors-view.ts'
import { BAIKONUR, CRIMEA_POINTS } from '../../../scripts/geodata/places.ts'
import { prepare } from '../../../scripts/geodata/prepare.ts'
import { regionsAt } from './helpers.ts'

const view = buildActorsView().data

describe('actors view', () => {
  it('marks the seven actors and fades every other country', () => {
    const byRole = (role: string) =>
      view.regions.features.filter((f) => f.properties.role === role).map((f) => f.properties.id)
    expect(byRole('actor').sort()).toEqual([...ACTORS].sort())
    expect(byRole('disputed')).toEqual(['crimea'])
    expect(byRole('context')).toEqual(expect.arrayContaining(['fra', 'usa', 'ind', 'mng']))
    // Every 1:50m unit is there, microstates included, plus Crimea drawn a second time.
    expect(view.regions.features).toHaveLength(prepare('50m').units.length + 1)
    const names = Object.fromEntries(
      view.regions.features.map((f) => [f.properties.id, f.properties.name]),
    )
    expect(names.tur).toBe('Türkiye')
    expect(names.deu).toBe('Germany')
  })

  it('draws Crimea as Ukraine, marked, and never as Russia', () => {
    for (const point of CRIMEA_POINTS) {
      expect(regionsAt(view, point).sort()).toEqual(['crimea', 'ukr'])
    }
  })

  it('puts Baikonur inside Kazakhstan and nowhere else', () => {
    expect(regionsAt(view, BAIKONUR)).toEqual(['kaz'])
  })

  it('has no borders to draw', () => {
    expect(view.borders.features).toEqual([])
  })
})
