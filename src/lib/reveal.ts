/** Scrolls an element into view and moves focus to it, without animation for reduced motion. */
export function reveal(elementId: string): void {
  const element = document.getElementById(elementId)
  if (!element) return
  const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true
  element.scrollIntoView?.({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'start' })
  element.focus({ preventScroll: true })
}
