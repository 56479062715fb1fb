import { z } from 'zod'
import { COMPARABLE_IDS, PLACE_IDS, PLAN_IDS } from './ids.ts'

/**
 * The one schema for all content. Build (`scripts/validate-content.ts`) and tests run it; the browser
 * never loads zod, it only sees the inferred types.
 */
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case slugs')
const nonEmpty = z.string().trim().min(1)
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'dates are ISO: YYYY, YYYY-MM or YYYY-MM-DD')
export const sourceIds = z.array(slug).min(1, 'every fact needs at least one source')

export const placeIdSchema = z.enum(PLACE_IDS)
export const planIdSchema = z.enum(PLAN_IDS)
export const comparableIdSchema = z.enum(COMPARABLE_IDS)

export const sourceSchema = z.object({
  id: slug,
  title: nonEmpty,
  publisher: nonEmpty,
  /** Publication date when the source gives one. */
  date: isoDate.optional(),
  /** Absent only where the research notes name a source without an address. */
  url: z.url().optional(),
  /** e.g. "state media", "mirror of Reuters copy". */
  note: nonEmpty.optional(),
})

export const factSchema = z.object({
  label: nonEmpty,
  value: nonEmpty,
  note: nonEmpty.optional(),
  sources: sourceIds,
})

export const placeSchema = z.object({
  id: placeIdSchema,
  name: nonEmpty,
  kind: z.enum(['country', 'sea', 'city', 'site', 'area']),
  /** [latitude, longitude] for cities and sites: the map's markers. */
  coordinates: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]).optional(),
  coordinatesSources: sourceIds.optional(),
  /** One sentence: why this place matters in the story. */
  role: nonEmpty,
  roleSources: sourceIds,
  facts: z.array(factSchema),
})

const textBlock = <T extends string>(type: T) =>
  z.object({ type: z.literal(type), id: slug, text: nonEmpty })

export const articleBlockSchema = z.discriminatedUnion('type', [
  textBlock('standfirst'),
  textBlock('paragraph'),
  textBlock('quote'),
  textBlock('heading'),
  z.object({ type: z.literal('list'), id: slug, items: z.array(nonEmpty).min(1) }),
])

export const mentionSchema = z.object({
  /** The exact words in the article; every occurrence becomes a button. */
  phrase: nonEmpty,
  target: z.union([
    z.object({ kind: z.literal('place'), id: placeIdSchema }),
    z.object({ kind: z.literal('plan'), id: planIdSchema }),
  ]),
})

export const articleSchema = z.object({
  headline: nonEmpty,
  photoCredit: nonEmpty,
  attribution: z.object({
    publication: nonEmpty,
    title: nonEmpty,
    url: z.url(),
    citing: nonEmpty,
    eventDate: isoDate,
    note: nonEmpty,
    sources: sourceIds,
  }),
  blocks: z.array(articleBlockSchema).min(1),
  mentions: z.array(mentionSchema),
})

export const borderSchema = z.object({
  neighbour: placeIdSchema,
  lengthKm: z.number().positive(),
  sources: sourceIds,
  /** Other published figures, shown as footnotes because sources disagree. */
  otherFigures: z.array(z.object({ value: nonEmpty, sources: sourceIds })),
})

export type Source = z.infer<typeof sourceSchema>
export type Fact = z.infer<typeof factSchema>
export type Place = z.infer<typeof placeSchema>
export type ArticleBlock = z.infer<typeof articleBlockSchema>
export type Mention = z.infer<typeof mentionSchema>
export type MentionTarget = Mention['target']
export type Article = z.infer<typeof articleSchema>
export type Border = z.infer<typeof borderSchema>
