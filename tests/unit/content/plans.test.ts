// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { comparisonCells, dimensions } from '../../../src/content/comparison.ts'
import { COMPARABLE_IDS, PLAN_IDS } from '../../../src/content/ids.ts'
import { plans } from '../../../src/content/plans.ts'
import {
  comparisonCellSchema,
  dimensionIdSchema,
  planSchema,
  positionSchema,
  referenceColumnSchema,
  timelineEventSchema,
} from '../../../src/content/plans-schema.ts'
import { positions } from '../../../src/content/positions.ts'
import { russiaTerms } from '../../../src/content/russia-terms.ts'
import { sourceSchema } from '../../../src/content/schema.ts'
import { kazakhstanSources } from '../../../src/content/sources/kazakhstan.ts'
import { planSources } from '../../../src/content/sources/plans.ts'
import { timeline } from '../../../src/content/timeline.ts'

const everything = { plans, russiaTerms, comparisonCells, positions, timeline }

/** Every `sources` array anywhere in the plan content, with a path for the error message. */
function sourceRefs(value: unknown, path = ''): { path: string; id: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => sourceRefs(v, `${path}[${i}]`))
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, v]) =>
    key === 'sources' && Array.isArray(v)
      ? v.map((id) => ({ path: `${path}.sources`, id: String(id) }))
      : sourceRefs(v, `${path}.${key}`),
  )
}

const proseKeys = new Set([
  'text',
  'paraphrase',
  'title',
  'shortTitle',
  'dateLabel',
  'actor',
  'proponent',
])

/** Every human-readable string (text, paraphrase, title…) in the plan content. */
function texts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(texts)
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, v]) =>
    proseKeys.has(key) && typeof v === 'string' ? [v] : texts(v),
  )
}

function duplicates<T>(values: readonly T[]): T[] {
  return values.filter((v, i) => values.indexOf(v) !== i)
}

describe('plan sources', () => {
  it('all parse with the source schema', () => {
    for (const source of planSources) expect(sourceSchema.parse(source)).toEqual(source)
  })

  it('have unique, pp- prefixed ids that do not clash with other content', () => {
    const ids = planSources.map((s) => s.id)
    expect(duplicates(ids)).toEqual([])
    expect(ids.filter((id) => !id.startsWith('pp-'))).toEqual([])
    const kzIds = new Set(kazakhstanSources.map((s) => s.id))
    expect(ids.filter((id) => kzIds.has(id))).toEqual([])
  })

  it('have one entry per URL', () => {
    expect(duplicates(planSources.map((s) => s.url))).toEqual([])
  })

  it('label state media in the note', () => {
    const stateMedia = /Xinhua|CGTN|China Daily|Global Times|TASS|\bRT\b|Sputnik/
    const unlabelled = planSources.filter(
      (s) => stateMedia.test(s.publisher) && !/state media/i.test(s.note ?? ''),
    )
    expect(unlabelled.map((s) => s.id)).toEqual([])
  })

  it('are all cited somewhere, and every citation resolves', () => {
    const refs = sourceRefs(everything)
    // Sources shared with the place facts live once, in the kazakhstan list.
    const known = new Set([...planSources, ...kazakhstanSources].map((s) => s.id))
    expect(refs.filter((r) => !known.has(r.id))).toEqual([])
    const cited = new Set(refs.map((r) => r.id))
    expect(planSources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([])
  })
})

describe('plans', () => {
  it('parse with the plan schema', () => {
    for (const plan of plans) expect(planSchema.parse(plan)).toEqual(plan)
  })

  it('come in card order, one per plan id', () => {
    expect(plans.map((p) => p.id)).toEqual(['china', 'china-brazil', 'brazil', 'zelensky'])
    expect([...PLAN_IDS].sort()).toEqual(plans.map((p) => p.id).sort())
  })

  it('have exactly pointCount points, numbered 1..n', () => {
    for (const plan of plans) {
      expect(plan.points).toHaveLength(plan.pointCount)
      expect(plan.points.map((p) => p.number)).toEqual(
        Array.from({ length: plan.pointCount }, (_, i) => i + 1),
      )
    }
  })

  it('have the documented number of points', () => {
    const counts = Object.fromEntries(plans.map((p) => [p.id, p.pointCount]))
    expect(counts.china).toBe(12)
    expect(counts['china-brazil']).toBe(6)
    expect(counts.zelensky).toBe(10)
    expect(counts.brazil).toBeGreaterThan(0)
  })

  it('mark official titles only where the document has them', () => {
    const official = Object.fromEntries(
      plans.map((p) => [p.id, [...new Set(p.points.map((pt) => pt.officialTitle))]]),
    )
    expect(official).toEqual({
      china: [true],
      'china-brazil': [false],
      brazil: [false],
      // No official list of the formula's point titles was seen; wording varies by outlet.
      zelensky: [false],
    })
  })

  it('use the official titles of the Chinese paper', () => {
    const china = plans.find((p) => p.id === 'china')
    expect(china?.points[0]?.title).toBe('Respecting the sovereignty of all countries')
    expect(china?.points[9]?.title).toBe('Stopping unilateral sanctions')
  })

  it('have unique point titles and context ids', () => {
    for (const plan of plans) expect(duplicates(plan.points.map((p) => p.title))).toEqual([])
    expect(duplicates(plans.flatMap((p) => p.context.map((c) => c.id)))).toEqual([])
  })

  it('link to their article paragraphs', () => {
    const paragraphs = Object.fromEntries(plans.map((p) => [p.id, p.articleParagraphs]))
    expect(paragraphs).toEqual({
      china: ['p-china-plan', 'list-china-plan'],
      'china-brazil': ['q-china-brazil'],
      brazil: ['p-brazil'],
      zelensky: ['p-zelensky'],
    })
  })

  it('list all 13 Friends for Peace signatories, Kazakhstan included', () => {
    const plan = plans.find((p) => p.id === 'china-brazil')
    const launch = plan?.context.find((c) => c.id === 'cb-friends-for-peace')?.text ?? ''
    const signatories = [
      'South Africa',
      'Algeria',
      'Bolivia',
      'Brazil',
      'China',
      'Colombia',
      'Egypt',
      'Indonesia',
      'Kazakhstan',
      'Kenya',
      'Mexico',
      'Türkiye',
      'Zambia',
    ]
    expect(signatories.filter((name) => !launch.includes(name))).toEqual([])
  })
})

describe('unverified claims', () => {
  it('label the Chinese endorsement counts as unverified claims', () => {
    const claims = texts(everything).filter((t) => /\b(52|110) countries/.test(t))
    expect(claims.length).toBeGreaterThan(0)
    for (const text of claims) expect(text).toMatch(/not independently verified/)
  })

  it('mark Mexico signing "with reservations" as unconfirmed wherever it appears', () => {
    for (const text of texts(everything).filter((t) => t.includes('with reservations'))) {
      expect(text).toMatch(/unconfirmed/)
    }
  })

  it('never mention the unconfirmed Rwanda withdrawal or "security zones" as fact', () => {
    const all = texts(everything).join('\n')
    expect(all).not.toMatch(/Rwanda/)
    expect(all).not.toMatch(/security zones/i)
  })

  it('have balanced quotation marks in every text', () => {
    const unbalanced = texts(everything).filter((t) => (t.match(/"/g) ?? []).length % 2 !== 0)
    expect(unbalanced).toEqual([])
  })
})

describe("Russia's terms", () => {
  it('parse as a reference column', () => {
    expect(referenceColumnSchema.parse(russiaTerms)).toEqual(russiaTerms)
    expect(russiaTerms.date).toBe('2024-06-14')
  })
})

describe('comparison', () => {
  it('lists the dimensions in order with their labels', () => {
    expect(dimensions).toEqual([
      { id: 'territory', label: 'Sovereignty and territory' },
      { id: 'ceasefire', label: 'Ceasefire and sequencing' },
      { id: 'withdrawal', label: 'Russian troop withdrawal' },
      { id: 'format', label: 'Negotiation format' },
      { id: 'sanctions', label: 'Sanctions' },
      { id: 'nuclear', label: 'Nuclear safety' },
      { id: 'humanitarian', label: 'Humanitarian issues and prisoners' },
      { id: 'food-energy', label: 'Food and energy' },
      { id: 'accountability', label: 'Accountability' },
      { id: 'security', label: 'Security guarantees and NATO' },
      { id: 'reconstruction', label: 'Reconstruction' },
    ])
    expect(dimensions.map((d) => d.id).sort()).toEqual([...dimensionIdSchema.options].sort())
  })

  it('cells parse with the schema', () => {
    for (const cell of comparisonCells) expect(comparisonCellSchema.parse(cell)).toEqual(cell)
  })

  it('has exactly one cell for every (plan, dimension) pair', () => {
    const keys = comparisonCells.map((c) => `${c.plan}/${c.dimension}`)
    expect(duplicates(keys)).toEqual([])
    const expected = COMPARABLE_IDS.flatMap((plan) => dimensions.map((d) => `${plan}/${d.id}`))
    expect([...keys].sort()).toEqual([...expected].sort())
    expect(keys).toHaveLength(55)
  })

  it('cites only points that exist in that plan, and none for the reference column', () => {
    const numbers = new Map(
      plans.map((p) => [p.id as string, new Set(p.points.map((pt) => pt.number))]),
    )
    for (const cell of comparisonCells) {
      if (cell.plan === 'russia-terms') {
        expect(cell.points).toEqual([])
        continue
      }
      const existing = numbers.get(cell.plan)
      const missing = cell.points.filter((n) => !existing?.has(n))
      expect(missing, `${cell.plan}/${cell.dimension}`).toEqual([])
    }
  })

  it('cites no points for topics marked "not addressed"', () => {
    const cited = comparisonCells.filter((c) => c.stance === 'not addressed' && c.points.length)
    expect(cited.map((c) => `${c.plan}/${c.dimension}`)).toEqual([])
  })

  it('matches the research notes on key gaps', () => {
    const stance = (plan: string, dimension: string) =>
      comparisonCells.find((c) => c.plan === plan && c.dimension === dimension)?.stance
    expect(stance('china', 'withdrawal')).toBe('not addressed')
    expect(stance('china-brazil', 'territory')).toBe('not addressed')
    expect(stance('china-brazil', 'accountability')).toBe('not addressed')
    expect(stance('zelensky', 'withdrawal')).toBe('required')
    expect(stance('russia-terms', 'sanctions')).toBe('demanded')
  })
})

describe('positions', () => {
  it('parse with the schema', () => {
    for (const position of positions) expect(positionSchema.parse(position)).toEqual(position)
  })

  it('cover every plan and the reference column', () => {
    const covered = new Set(positions.map((p) => p.plan))
    expect(COMPARABLE_IDS.filter((id) => !covered.has(id))).toEqual([])
  })

  it("record Kazakhstan's backing of the China–Brazil plan on 16 September 2024", () => {
    const kaz = positions.filter((p) => p.actorPlace === 'kaz')
    expect(kaz.map((p) => [p.plan, p.stance, p.date])).toEqual([
      ['china-brazil', 'backs', '2024-09-16'],
    ])
  })

  it('are not duplicated', () => {
    expect(duplicates(positions.map((p) => `${p.plan}/${p.actor}/${p.date}`))).toEqual([])
  })
})

describe('timeline', () => {
  it('events parse with the schema and have unique ids', () => {
    for (const event of timeline) expect(timelineEventSchema.parse(event)).toEqual(event)
    expect(duplicates(timeline.map((e) => e.id))).toEqual([])
  })

  it('is sorted by date', () => {
    const dates = timeline.map((e) => e.date)
    expect(dates).toEqual([...dates].sort())
  })

  it('runs from Istanbul to Friends for Peace, through Astana', () => {
    expect(timeline[0]).toMatchObject({ date: '2022-03-29', place: 'istanbul' })
    expect(timeline.at(-1)).toMatchObject({ date: '2024-09-27', plan: 'china-brazil' })
    expect(timeline.find((e) => e.place === 'astana')?.date).toBe('2024-09-16')
  })

  it('marks the launch of every plan card', () => {
    const launches = Object.fromEntries(plans.map((p) => [p.id, p.date]))
    for (const [plan, date] of Object.entries(launches)) {
      expect(
        timeline.some((e) => e.plan === plan && e.date === date),
        plan,
      ).toBe(true)
    }
  })
})
