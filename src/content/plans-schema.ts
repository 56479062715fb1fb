import { z } from 'zod'
import { comparableIdSchema, placeIdSchema, planIdSchema, sourceIds } from './schema.ts'

const nonEmpty = z.string().trim().min(1)
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)

export const planPointSchema = z.object({
  number: z.number().int().positive(),
  /** The official title where there is one (China, Zelensky), else a short label of our own. */
  title: nonEmpty,
  officialTitle: z.boolean(),
  /** Our own paraphrase; quote only short, attributed phrases. */
  paraphrase: nonEmpty,
  sources: sourceIds,
})

export const noteSchema = z.object({ text: nonEmpty, sources: sourceIds })

/** Three headline stances shown on the collapsed card. */
export const headlineStancesSchema = z.object({
  territory: noteSchema,
  ceasefire: noteSchema,
  talks: noteSchema,
})

export const planSchema = z.object({
  id: planIdSchema,
  title: nonEmpty,
  shortTitle: nonEmpty,
  proponent: nonEmpty,
  /** Places highlighted on the actors map when the card opens. */
  proponentPlaces: z.array(placeIdSchema).min(1),
  date: isoDate,
  dateLabel: nonEmpty,
  summary: noteSchema,
  stances: headlineStancesSchema,
  /** How many points the document has; the schema test checks `points` has them all. */
  pointCount: z.number().int().nonnegative(),
  points: z.array(planPointSchema),
  /** What the document leaves out, as observed by named sources. */
  omissions: z.array(noteSchema),
  /** Related events and documents (Bürgenstock, Friends for Peace, Lula's 2023 proposals). */
  context: z.array(
    z.object({
      id: z.string().min(1),
      title: nonEmpty,
      date: isoDate,
      text: nonEmpty,
      sources: sourceIds,
    }),
  ),
  /** Paragraph ids of the article that talk about this plan. */
  articleParagraphs: z.array(z.string().min(1)),
})

export const positionSchema = z.object({
  plan: comparableIdSchema,
  actor: nonEmpty,
  actorPlace: placeIdSchema.optional(),
  /**
   * `signed`: put its name to a related text (a communiqué) without a stated view of the plan
   * itself; `declined`: stayed away from a meeting about it.
   */
  stance: z.enum(['backs', 'rejects', 'mixed', 'observer', 'signed', 'declined']),
  date: isoDate,
  dateLabel: nonEmpty,
  text: nonEmpty,
  sources: sourceIds,
})

export const dimensionIdSchema = z.enum([
  'territory',
  'ceasefire',
  'withdrawal',
  'format',
  'sanctions',
  'nuclear',
  'humanitarian',
  'food-energy',
  'accountability',
  'security',
  'reconstruction',
])

export const comparisonCellSchema = z.object({
  plan: comparableIdSchema,
  dimension: dimensionIdSchema,
  /** The stance in words. */
  stance: z.enum([
    'central',
    'required',
    'addressed',
    'partly',
    'not addressed',
    'opposed',
    'demanded',
  ]),
  text: nonEmpty,
  points: z.array(z.number().int().positive()),
  sources: sourceIds,
})

export const referenceColumnSchema = z.object({
  id: z.literal('russia-terms'),
  title: nonEmpty,
  proponent: nonEmpty,
  date: isoDate,
  dateLabel: nonEmpty,
  summary: noteSchema,
  terms: z.array(noteSchema).min(1),
})

export const timelineEventSchema = z.object({
  id: z.string().min(1),
  date: isoDate,
  dateLabel: nonEmpty,
  title: nonEmpty,
  text: nonEmpty,
  place: placeIdSchema.optional(),
  plan: planIdSchema.optional(),
  sources: sourceIds,
})

export type PlanPoint = z.infer<typeof planPointSchema>
export type Plan = z.infer<typeof planSchema>
export type Position = z.infer<typeof positionSchema>
export type DimensionId = z.infer<typeof dimensionIdSchema>
export type ComparisonCell = z.infer<typeof comparisonCellSchema>
export type ReferenceColumn = z.infer<typeof referenceColumnSchema>
export type TimelineEvent = z.infer<typeof timelineEventSchema>
export type Note = z.infer<typeof noteSchema>
