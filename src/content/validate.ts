import { z } from 'zod'
import { article } from './article.ts'
import {
  borders,
  caspianCoastlineSources,
  totalLandBorderOtherFigures,
  totalLandBorderSources,
} from './borders.ts'
import { comparisonCells } from './comparison.ts'
import { factCheckNotes } from './fact-check.ts'
import { PLACE_IDS, PLAN_IDS } from './ids.ts'
import { mapNotes } from './map-note.ts'
import { places } from './places.ts'
import { plans } from './plans.ts'
import {
  comparisonCellSchema,
  planSchema,
  positionSchema,
  referenceColumnSchema,
  timelineEventSchema,
} from './plans-schema.ts'
import { positions } from './positions.ts'
import { russiaTerms } from './russia-terms.ts'
import { articleSchema, borderSchema, factSchema, placeSchema, sourceSchema } from './schema.ts'
import { sources } from './sources/index.ts'
import { timeline } from './timeline.ts'

/**
 * Checks all content against its schema and its cross-references, and returns every problem at
 * once (empty when all is well). The build and the tests both run it.
 */
export function validateContent(): string[] {
  const problems: string[] = []
  const check = (name: string, schema: z.ZodType, data: unknown) => {
    const result = schema.safeParse(data)
    if (result.success) return
    for (const issue of result.error.issues) {
      problems.push(
        `${name}${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}`,
      )
    }
  }
  const content = {
    sources: [z.array(sourceSchema), sources],
    places: [z.array(placeSchema), places],
    article: [articleSchema, article],
    borders: [z.array(borderSchema), borders],
    borderTotals: [
      z.object({ sources: z.array(z.string()).min(1), caspianSources: z.array(z.string()).min(1) }),
      {
        sources: totalLandBorderSources,
        caspianSources: caspianCoastlineSources,
        otherFigures: totalLandBorderOtherFigures,
      },
    ],
    mapNotes: [z.array(factSchema), mapNotes],
    factCheck: [z.array(factSchema.extend({ block: z.string() })), factCheckNotes],
    plans: [z.array(planSchema), plans],
    positions: [z.array(positionSchema), positions],
    comparisonCells: [z.array(comparisonCellSchema), comparisonCells],
    russiaTerms: [referenceColumnSchema, russiaTerms],
    timeline: [z.array(timelineEventSchema), timeline],
  } satisfies Record<string, [z.ZodType, unknown]>
  for (const [name, [schema, data]] of Object.entries(content)) check(name, schema, data)

  const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i)
  for (const id of duplicates(sources.map((s) => s.id)))
    problems.push(`sources: duplicate id "${id}"`)
  for (const id of duplicates(article.blocks.map((b) => b.id))) {
    problems.push(`article: duplicate block id "${id}"`)
  }
  for (const id of PLACE_IDS) {
    if (!places.some((p) => p.id === id)) problems.push(`places: no entry for "${id}"`)
  }
  for (const id of PLAN_IDS) {
    if (!plans.some((p) => p.id === id)) problems.push(`plans: no card for "${id}"`)
  }

  const sourceIds = new Set(sources.map((s) => s.id))
  const cited = new Set<string>()
  walkSourceLists(
    Object.values(content).map(([, data]) => data),
    (list, path) => {
      for (const id of list) {
        cited.add(id)
        if (!sourceIds.has(id)) problems.push(`${path}: unknown source "${id}"`)
      }
    },
  )
  for (const id of sourceIds) if (!cited.has(id)) problems.push(`sources: "${id}" is never cited`)

  const blockIds = new Set(article.blocks.map((b) => b.id))
  for (const note of factCheckNotes) {
    if (!blockIds.has(note.block)) problems.push(`factCheck: unknown article block "${note.block}"`)
  }
  for (const plan of plans) {
    for (const id of plan.articleParagraphs) {
      if (!blockIds.has(id)) problems.push(`plans.${plan.id}: unknown article paragraph "${id}"`)
    }
  }
  return problems
}

/** Visits every `sources`, `roleSources` and `coordinatesSources` array in a content tree. */
function walkSourceLists(node: unknown, visit: (list: string[], path: string) => void, path = '') {
  if (Array.isArray(node)) {
    node.forEach((child, i) => {
      walkSourceLists(child, visit, `${path}[${i}]`)
    })
    return
  }
  if (!node || typeof node !== 'object') return
  for (const [key, value] of Object.entries(node)) {
    if (/^(sources|\w+Sources)$/.test(key) && Array.isArray(value)) {
      visit(value as string[], `${path}.${key}`)
    } else {
      walkSourceLists(value, visit, `${path}.${key}`)
    }
  }
}
