import { useSyncExternalStore } from 'react'

const subscribe = () => () => {}

/** False while prerendering and hydrating, true after: gates the browser-only map. */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
}
