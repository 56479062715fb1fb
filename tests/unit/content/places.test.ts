// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  borders,
  caspianCoastlineKm,
  caspianCoastlineSources,
  totalLandBorderKm,
  totalLandBorderOtherFigures,
  totalLandBorderSources,
} from '../../../src/content/borders.ts'
import { PLACE_IDS, type PlaceId } from '../../../src/content/ids.ts'
import { places } from '../../../src/content/places.ts'
import { borderSchema, placeSchema, sourceSchema } from '../../../src/content/schema.ts'
import { kazakhstanSources } from '../../../src/content/sources/kazakhstan.ts'

const NEIGHBOURS: PlaceId[] = ['rus', 'chn', 'kgz', 'uzb', 'tkm']
const FACTBOOK_2024: Record<string, number> = {
  rus: 7644,
  chn: 1765,
  kgz: 1212,
  uzb: 2330,
  tkm: 413,
}

/** Rough [south, west, north, east] boxes, generous by a degree or so. */
const BBOX = {
  kaz: [40, 46, 56, 88],
  tur: [35, 25, 43, 45],
} as const
const CITY_COUNTRY = { astana: 'kaz', almaty: 'kaz', baikonur: 'kaz', istanbul: 'tur' } as const

/** Every source-id list in the places and border data, with where it was found. */
function referencedSourceIds(): Array<{ where: string; id: string }> {
  const refs: Array<{ where: string; id: string }> = []
  const add = (where: string, ids: readonly string[] | undefined) => {
    for (const id of ids ?? []) refs.push({ where, id })
  }
  for (const place of places) {
    add(`${place.id}.roleSources`, place.roleSources)
    add(`${place.id}.coordinatesSources`, place.coordinatesSources)
    for (const [i, fact] of place.facts.entries()) add(`${place.id}.facts[${i}]`, fact.sources)
  }
  for (const border of borders) {
    const where = `borders.${border.neighbour}`
    add(where, border.sources)
    for (const [i, other] of border.otherFigures.entries()) {
      add(`${where}.otherFigures[${i}]`, other.sources)
    }
  }
  add('totalLandBorderSources', totalLandBorderSources)
  for (const [i, other] of totalLandBorderOtherFigures.entries()) {
    add(`totalLandBorderOtherFigures[${i}]`, other.sources)
  }
  add('caspianCoastlineSources', caspianCoastlineSources)
  return refs
}

describe('places', () => {
  it.each(places.map((p) => [p.id, p] as const))('%s parses with placeSchema', (_id, place) => {
    const result = placeSchema.safeParse(place)
    expect(result.success ? [] : result.error.issues).toEqual([])
  })

  it('has exactly one entry for every PlaceId and nothing else', () => {
    const ids = places.map((p) => p.id).sort()
    expect(ids).toEqual([...PLACE_IDS].sort())
  })

  it('gives each fact of a place a distinct label', () => {
    for (const place of places) {
      const labels = place.facts.map((f) => f.label)
      expect(new Set(labels).size, place.id).toBe(labels.length)
    }
  })

  it('cites a source for every pair of coordinates', () => {
    for (const place of places) {
      if (place.coordinates) expect(place.coordinatesSources?.length, place.id).toBeGreaterThan(0)
    }
  })

  it.each(Object.entries(CITY_COUNTRY))('puts %s inside %s', (id, country) => {
    const place = places.find((p) => p.id === id)
    expect(place?.coordinates, id).toBeDefined()
    const [lat, lon] = place?.coordinates ?? [Number.NaN, Number.NaN]
    const [south, west, north, east] = BBOX[country]
    expect(lat).toBeGreaterThanOrEqual(south)
    expect(lat).toBeLessThanOrEqual(north)
    expect(lon).toBeGreaterThanOrEqual(west)
    expect(lon).toBeLessThanOrEqual(east)
  })

  it('states a population density that matches the stated population and area', () => {
    const kaz = places.find((p) => p.id === 'kaz')
    const fact = (label: string) => kaz?.facts.find((f) => f.label === label)?.value ?? ''
    const leadingNumber = (text: string) => Number(/^([\d,]+)/.exec(text)?.[1]?.replaceAll(',', ''))
    const population = leadingNumber(fact('Population'))
    const area = leadingNumber(fact('Area'))
    const perKm2 = Number(fact('Population density').match(/([\d.]+) people per km²/)?.[1])
    const perSqMi = Number(fact('Population density').match(/([\d.]+) per sq mi/)?.[1])
    expect(population).toBe(20201849)
    expect(area).toBe(2724900)
    expect(perKm2).toBeCloseTo(population / area, 1)
    expect(perSqMi).toBeCloseTo((population / area) * 2.589988, 0)
  })
})

describe('borders', () => {
  it.each(borders.map((b) => [b.neighbour, b] as const))(
    '%s parses with borderSchema',
    (_id, border) => {
      const result = borderSchema.safeParse(border)
      expect(result.success ? [] : result.error.issues).toEqual([])
    },
  )

  it('covers exactly the five neighbours, once each', () => {
    expect(borders.map((b) => b.neighbour).sort()).toEqual([...NEIGHBOURS].sort())
  })

  it('uses the CIA World Factbook 2024 figures, cited to the Factbook', () => {
    for (const border of borders) {
      expect(border.lengthKm, border.neighbour).toBe(FACTBOOK_2024[border.neighbour])
      expect(border.sources, border.neighbour).toContain('kz-factbook-kazakhstan')
    }
  })

  it('adds up to the total land border', () => {
    const sum = borders.reduce((total, b) => total + b.lengthKm, 0)
    expect(sum).toBe(totalLandBorderKm)
    expect(totalLandBorderKm).toBe(13364)
  })

  it('footnotes the disagreeing figures for every neighbour', () => {
    for (const border of borders)
      expect(border.otherFigures.length, border.neighbour).toBeGreaterThan(0)
  })

  it('gives the Caspian shore with sources', () => {
    expect(caspianCoastlineKm).toBe(1894)
    expect(caspianCoastlineSources.length).toBeGreaterThan(0)
  })
})

describe('kazakhstan sources', () => {
  it.each(kazakhstanSources.map((s) => [s.id, s] as const))(
    '%s parses with sourceSchema',
    (_id, source) => {
      const result = sourceSchema.safeParse(source)
      expect(result.success ? [] : result.error.issues).toEqual([])
    },
  )

  it('has unique, kz- prefixed ids', () => {
    const ids = kazakhstanSources.map((s) => s.id)
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
    expect(ids.filter((id) => !id.startsWith('kz-'))).toEqual([])
  })

  it('lists each address once and never a truncated one', () => {
    const urls = kazakhstanSources.flatMap((s) => (s.url ? [s.url] : []))
    expect(urls.filter((url, i) => urls.indexOf(url) !== i)).toEqual([])
    expect(urls.filter((url) => url.includes('…') || url.includes('...'))).toEqual([])
  })

  it('defines every source id that places and borders cite', () => {
    const known = new Set(kazakhstanSources.map((s) => s.id))
    const refs = referencedSourceIds()
    expect(refs.length).toBeGreaterThan(0)
    expect(refs.filter((r) => !known.has(r.id))).toEqual([])
  })
})
