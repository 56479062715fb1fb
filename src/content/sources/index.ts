import type { Source } from '../schema.ts'
import { kazakhstanSources } from './kazakhstan.ts'
import { planSources } from './plans.ts'

/** Every source the page cites, by id. Facts refer to these ids; the end notes list them. */
export const sources: readonly Source[] = [...kazakhstanSources, ...planSources]

export const sourcesById: ReadonlyMap<string, Source> = new Map(sources.map((s) => [s.id, s]))
