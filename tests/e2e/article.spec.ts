import { expect, expectNoAxeViolations, test } from './fixtures.ts'

test.describe('the article page', () => {
  test('is readable with JavaScript off: the article is in the HTML', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(baseURL ?? '/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Kazakhstan President Tokayev to Olaf Scholz: Russia is invincible militarily',
    )
    await expect(page.getByText('Heads of state come and go', { exact: false })).toBeVisible()
    await context.close()
  })

  test('a mention selects its place, mirrored in the URL, and back/forward step through', async ({
    guardedPage: page,
  }) => {
    await page.goto('/')
    const article = page.getByRole('article')
    await article.getByRole('button', { name: 'Astana: show on the map' }).first().click()
    await expect(page).toHaveURL(/\?place=astana$/)
    await expect(
      article.getByRole('button', { name: 'Astana: show on the map', pressed: true }).first(),
    ).toBeVisible()
    await expect(page.getByRole('heading', { level: 3, name: 'Astana', exact: true })).toBeVisible()

    await article.getByRole('button', { name: 'Kyrgyzstan: show on the map' }).first().click()
    await expect(page).toHaveURL(/\?place=kgz$/)
    await expect(
      page.getByRole('heading', { level: 3, name: 'Kyrgyzstan', exact: true }),
    ).toBeVisible()

    await page.goBack()
    await expect(page).toHaveURL(/\?place=astana$/)
    await expect(page.getByRole('heading', { level: 3, name: 'Astana', exact: true })).toBeVisible()
    await page.goBack()
    await expect(page).not.toHaveURL(/place=/)
    await page.goForward()
    await expect(page).toHaveURL(/\?place=astana$/)
    await expect(page.getByRole('status')).toContainText('Astana selected')
  })

  test('a hand-edited URL with garbage is ignored, never echoed', async ({ guardedPage: page }) => {
    await page.goto('/?place=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&plan=nope&compare=,,x')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.locator('img[src="x"]')).toHaveCount(0)
    await expect(page.getByText('onerror')).toHaveCount(0)
  })

  test('has no axe-core violations', async ({ guardedPage: page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('does not scroll sideways on a 320 px phone', async ({ guardedPage: page }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    await page.goto('/')
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
  })

  test('the fact check notes where the article differs from the record, linked to its paragraphs', async ({
    guardedPage: page,
  }) => {
    await page.goto('/')
    await page.getByText(/^Fact check: \d+ notes on this article$/).click()
    await expect(
      page.locator('.fact-check').getByText(/cannot be defeated militarily/),
    ).toBeVisible()
    await page.getByRole('link', { name: 'In the article' }).first().click()
    await expect(page).toHaveURL(/#q-fact$/)
    await expect(page.locator('#q-fact')).toBeInViewport()
  })

  test('hydration keeps the prerendered sections instead of rendering them again', async ({
    guardedPage: page,
  }) => {
    await page.goto('/', { waitUntil: 'commit' })
    await page.waitForSelector('#plan-china')
    await page.evaluate(() => {
      ;(window as unknown as { prerendered: Element | null }).prerendered =
        document.getElementById('plan-china')
    })
    await expect(page.locator('.leaflet-container path[role="button"]').first()).toBeVisible()
    await page.locator('#plan-china').click()
    await expect(page.locator('#plan-china')).toHaveAttribute('aria-expanded', 'true')
    const kept = await page.evaluate(
      () =>
        (window as unknown as { prerendered: Element | null }).prerendered ===
        document.getElementById('plan-china'),
    )
    expect(kept).toBe(true)
  })
})
