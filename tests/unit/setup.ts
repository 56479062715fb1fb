import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// Some suites (content, geodata) run in the node environment, where there is no window.
const hasWindow = typeof window !== 'undefined'

afterEach(() => {
  if (!hasWindow) return
  cleanup()
  window.history.replaceState(null, '', '/')
})

// jsdom lacks these browser APIs that Leaflet and the page use; the real behaviour is tested in Chromium.
if (hasWindow && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener() {},
      removeEventListener() {},
      addListener() {},
      removeListener() {},
      dispatchEvent: () => false,
    }) as MediaQueryList
}
if (hasWindow) {
  window.scrollTo = () => {}
  Element.prototype.scrollIntoView = () => {}
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver
}
