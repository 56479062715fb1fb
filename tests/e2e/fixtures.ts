import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

/**
 * Every end-to-end test fails on a console error, an uncaught exception, a CSP violation (Chromium
 * reports those as console errors) or a request to any origin but the page's own.
 */
export const test = base.extend<{ guardedPage: Page; expectedError: RegExp | null }>({
  /** Console errors a test provokes on purpose (a chunk it makes fail to load, say). */
  expectedError: [null, { option: true }],
  guardedPage: async ({ page, baseURL, expectedError }, use) => {
    const problems: string[] = []
    const ownOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin
    page.on('console', (message) => {
      const text = message.text()
      if (message.type() === 'error' && !expectedError?.test(text)) {
        problems.push(`console error: ${text}`)
      }
    })
    page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`))
    page.on('request', (request) => {
      const url = request.url()
      if (url.startsWith('data:') || url.startsWith('blob:')) return
      if (new URL(url).origin !== ownOrigin) problems.push(`request to another origin: ${url}`)
    })
    // A prerendered page shows its buttons before React has hydrated them, and a click before then
    // does nothing, for a reader as for a test. Wait until the page's code has all arrived.
    const goto = page.goto.bind(page)
    page.goto = (url, options) => goto(url, { waitUntil: 'networkidle', ...options })
    await use(page)
    expect(problems, problems.join('\n')).toEqual([])
  },
})

export { expect }

export async function expectNoAxeViolations(page: Page) {
  // Sections off screen skip layout (content-visibility: auto) until a reader scrolls to them;
  // axe cannot measure targets there, so lay them out as a reader scrolling by would see them.
  await page.evaluate(() => {
    for (const section of document.querySelectorAll<HTMLElement>(
      '.plans, .timeline, .border-table-section, .end-notes',
    )) {
      section.style.contentVisibility = 'visible'
    }
  })
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
  expect(summary, summary.join('\n')).toEqual([])
}
