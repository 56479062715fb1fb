import type { PlaceId } from './ids.ts'
import { places } from './places.ts'
import type { Place } from './schema.ts'

export { article } from './article.ts'
export { places } from './places.ts'

const placesById = new Map(places.map((p) => [p.id, p]))

export function getPlace(id: PlaceId): Place {
  const place = placesById.get(id)
  // The schema test guarantees every PlaceId has an entry; this guards a hand-edited content file.
  if (!place) throw new Error(`Content is missing the place "${id}"`)
  return place
}
