import { useEffect, useState } from 'react'
import type { MapView } from '../../content/ids.ts'
import { parseGeodata } from '../../geodata/parse-geodata.ts'
import type { GeodataView } from '../../geodata/types.ts'

export type GeodataState =
  | { status: 'loading' }
  | { status: 'ready'; data: GeodataView }
  | { status: 'failed'; message: string }

const cache = new Map<MapView, Promise<GeodataView>>()

async function fetchView(view: MapView): Promise<GeodataView> {
  const response = await fetch(`${import.meta.env.BASE_URL}geo/${view}.json`)
  if (!response.ok) throw new Error(`the map data is missing (HTTP ${response.status}).`)
  let json: unknown
  try {
    json = await response.json()
  } catch {
    throw new Error('the map data is not valid JSON.')
  }
  return parseGeodata(json, view)
}

function loadView(view: MapView): Promise<GeodataView> {
  let pending = cache.get(view)
  if (!pending) {
    pending = fetchView(view)
    // A failed load may be a passing network fault: let the next attempt try again.
    pending.catch(() => cache.delete(view))
    cache.set(view, pending)
  }
  return pending
}

/** Loads one view's geodata from public/geo, validated; failures become a readable message. */
export function useGeodata(view: MapView): GeodataState {
  const [state, setState] = useState<GeodataState>({ status: 'loading' })
  useEffect(
    function loadGeodata() {
      let current = true
      setState({ status: 'loading' })
      loadView(view).then(
        (data) => current && setState({ status: 'ready', data }),
        (error: unknown) =>
          current &&
          setState({
            status: 'failed',
            message: error instanceof Error ? error.message : String(error),
          }),
      )
      return function ignoreStaleLoad() {
        current = false
      }
    },
    [view],
  )
  return state
}
