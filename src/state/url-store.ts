import {
  EMPTY_SELECTION,
  parseSelection,
  type Selection,
  sameSelection,
  serializeSelection,
} from './selection.ts'

/**
 * The one selection store: the URL itself. Reading goes through useSyncExternalStore, so the
 * prerendered HTML (server snapshot: nothing selected) hydrates cleanly and then shows the URL's view.
 */
const CHANGE_EVENT = 'explainer:selectionchange'

let cachedSearch: string | null = null
let cachedSelection: Selection = EMPTY_SELECTION

export function getSelectionSnapshot(): Selection {
  const search = window.location.search
  if (search !== cachedSearch) {
    cachedSearch = search
    const parsed = parseSelection(search)
    // Nothing selected is the very object the prerendered page used: React then has no update to
    // apply while the lazily loaded sections hydrate, and keeps their server HTML instead of
    // rendering them again.
    cachedSelection = sameSelection(parsed, EMPTY_SELECTION) ? EMPTY_SELECTION : parsed
  }
  return cachedSelection
}

export function getServerSelectionSnapshot(): Selection {
  return EMPTY_SELECTION
}

export function subscribeToSelection(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(CHANGE_EVENT, onChange)
  return function unsubscribe() {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(CHANGE_EVENT, onChange)
  }
}

/**
 * Pushes a history entry for each new selection so that back and forward step through them.
 * The hash is kept so an in-page anchor survives a selection.
 */
export function commitSelection(next: Selection, options: { replace?: boolean } = {}): void {
  const current = getSelectionSnapshot()
  const query = serializeSelection(next)
  if (query === serializeSelection(current)) return
  const url = `${window.location.pathname}${query}${window.location.hash}`
  if (options.replace) window.history.replaceState(null, '', url)
  else window.history.pushState(null, '', url)
  window.dispatchEvent(new Event(CHANGE_EVENT))
}
