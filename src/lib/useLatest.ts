import { useRef } from 'react'

/**
 * A ref that always holds the latest value. Leaflet handlers are bound once, so they read
 * callbacks through this instead of closing over a stale render (react-leaflet#697).
 */
export function useLatest<T>(value: T) {
  const ref = useRef(value)
  ref.current = value
  return ref
}
