import { geoContains } from 'd3-geo'
import { neighbors } from 'topojson-client'
import { describe, expect, it } from 'vitest'
import { measureAccuracy } from '../../../scripts/geodata/accuracy.ts'
import { buildBordersView, NEIGHBOURS } from '../../../scripts/geodata/build-borders-view.ts'
import { ASTANA, BAIKONUR, CRIMEA_POINTS, MID_CASPIAN } from '../../../scripts/geodata/places.ts'
import { prepare } from '../../../scripts/geodata/prepare.ts'
import { arcsOf, findUnit } from '../../../scripts/geodata/units.ts'
import { region, regionsAt } from './helpers.ts'

const view = buildBordersView().data

describe('borders view', () => {
  it("derives Kazakhstan's five land neighbours from the shared arcs of the 1:10m topology", () => {
    const { units, caspian } = prepare('10m')
    const kazIndex = units.findIndex((u) => u.id === 'kaz')
    const touching = (neighbors(units.map((u) => u.geometry))[kazIndex] ?? []).map(
      (i) => units[i]?.id,
    )
    expect(touching.sort()).toEqual([...NEIGHBOURS].sort())
    // The sea is left out on purpose: it does share arcs (the coast) with Kazakhstan.
    const kazArcs = new Set(arcsOf(findUnit(units, 'kaz').geometry))
    expect(arcsOf(caspian.geometry).some((arc) => kazArcs.has(arc))).toBe(true)
  })

  it('has one border line per neighbour, named', () => {
    expect(view.borders.features.map((f) => f.properties)).toEqual([
      { id: 'kaz-rus', neighbour: 'rus', name: 'Kazakhstan–Russia border' },
      { id: 'kaz-chn', neighbour: 'chn', name: 'Kazakhstan–China border' },
      { id: 'kaz-kgz', neighbour: 'kgz', name: 'Kazakhstan–Kyrgyzstan border' },
      { id: 'kaz-uzb', neighbour: 'uzb', name: 'Kazakhstan–Uzbekistan border' },
      { id: 'kaz-tkm', neighbour: 'tkm', name: 'Kazakhstan–Turkmenistan border' },
    ])
  })

  it('gives every region a role: Kazakhstan focus, the five neighbours, the Caspian water', () => {
    const roles = Object.fromEntries(
      view.regions.features.map((f) => [f.properties.id, f.properties.role]),
    )
    expect(roles.kaz).toBe('focus')
    for (const id of NEIGHBOURS) expect(roles[id]).toBe('neighbour')
    expect(roles['caspian-sea']).toBe('water')
    expect(roles.irn).toBe('context')
    expect(roles.tur).toBe('context')
    const ids = view.regions.features.map((f) => f.properties.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('puts Baikonur inside Kazakhstan and nowhere else', () => {
    expect(regionsAt(view, BAIKONUR)).toEqual(['kaz'])
  })

  it('draws the Caspian Sea as its own polygon', () => {
    const caspian = region(view, 'caspian-sea')
    expect(geoContains(caspian, MID_CASPIAN as [number, number])).toBe(true)
    expect(geoContains(caspian, ASTANA as [number, number])).toBe(false)
    expect(regionsAt(view, MID_CASPIAN)).toEqual(['caspian-sea'])
    expect(regionsAt(view, ASTANA)).toEqual(['kaz'])
  })

  it('draws Crimea as Ukraine, marked, and never as Russia', () => {
    for (const point of CRIMEA_POINTS) {
      expect(regionsAt(view, point).sort()).toEqual(['crimea', 'ukr'])
    }
  })

  it("keeps Kazakhstan's outline and borders within ~1 km of the 1:10m source", () => {
    const { outlineKm, bordersKm } = measureAccuracy(view)
    expect(outlineKm).toBeLessThanOrEqual(1.5)
    expect(Object.keys(bordersKm)).toHaveLength(5)
    for (const km of Object.values(bordersKm)) expect(km).toBeLessThanOrEqual(1.5)
  })
})
