import { prefersReducedMotion } from './reduced-motion.ts'

const MAX_FRAMES = 120

/**
 * Scrolls an element into view and moves focus to it, without animation for reduced motion.
 * The target may not exist yet, or React may replace it while a lazily loaded section hydrates,
 * so this keeps trying for a couple of seconds until focus has settled on it.
 */
export function reveal(elementId: string): void {
  let frame = 0
  let found = false
  const attempt = () => {
    const element = document.getElementById(elementId)
    if (element && document.activeElement !== element) {
      const active = document.activeElement
      // The first time, focus moves to the target; after that only if focus was lost (the old
      // node replaced), never away from wherever the reader has moved it since.
      if (!found || !active || active === document.body || !active.isConnected) {
        if (!found) {
          element.scrollIntoView?.({
            behavior: prefersReducedMotion() ? 'auto' : 'smooth',
            block: 'start',
          })
        }
        element.focus({ preventScroll: true })
        found = true
      }
    }
    frame += 1
    if (frame < MAX_FRAMES) requestAnimationFrame(attempt)
  }
  attempt()
}
