import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures.ts'

const NEIGHBOURS = ['Russia', 'China', 'Kyrgyzstan', 'Uzbekistan', 'Turkmenistan']

const mapGroup = (page: Page) => page.getByRole('group', { name: /^Map:/ })
const panelHeading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 3, name, exact: true })

/** Whatever happened to the map, the article's mentions still select places. */
async function expectArticleStillSelects(page: Page) {
  await page
    .getByRole('article')
    .getByRole('button', { name: 'Russia: show on the map' })
    .first()
    .click()
  await expect(panelHeading(page, 'Russia')).toBeVisible()
}

/** Clicks the map where a region's label sits: the label lets clicks through to the shape. */
async function clickOnMapAt(page: Page, label: string) {
  const box = await page.locator('.map-label', { hasText: new RegExp(`^${label}$`) }).boundingBox()
  if (!box) throw new Error(`no map label "${label}"`)
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
}

test.describe('the border map', () => {
  test.beforeEach(async ({ guardedPage: page }) => {
    await page.setViewportSize({ width: 1440, height: 900 })
  })

  test('clicking each neighbour on the map opens its panel with the border length', async ({
    guardedPage: page,
  }) => {
    await page.goto('/')
    await expect(mapGroup(page).getByRole('button', { name: 'Kazakhstan' })).toBeVisible()
    for (const name of NEIGHBOURS) {
      await clickOnMapAt(page, name)
      await expect(panelHeading(page, name)).toBeVisible()
      await expect(mapGroup(page).getByRole('button', { name, exact: true })).toHaveAttribute(
        'aria-pressed',
        'true',
      )
      const panel = page.getByRole('region', { name })
      await expect(panel.getByText(/ km, \d+\.\d% of Kazakhstan’s land border/)).toBeVisible()
    }
    await clickOnMapAt(page, 'Caspian Sea')
    await expect(panelHeading(page, 'Caspian Sea')).toBeVisible()
  })

  test('every region works with the keyboard alone, and Escape clears', async ({
    guardedPage: page,
  }) => {
    await page.goto('/')
    await expect(mapGroup(page).getByRole('button', { name: 'Kazakhstan' })).toBeVisible()
    await page.getByRole('radio', { name: 'Kazakhstan and its neighbours' }).focus()
    for (const name of ['Kazakhstan', ...NEIGHBOURS, 'Caspian Sea']) {
      let focusedName: string | null = null
      for (let step = 0; step < 15 && focusedName !== name; step++) {
        await page.keyboard.press('Tab')
        focusedName = await page.evaluate(
          () => document.activeElement?.getAttribute('aria-label') ?? null,
        )
      }
      expect(focusedName).toBe(name)
      await page.keyboard.press('Enter')
      await expect(panelHeading(page, name)).toBeVisible()
      await expect(page.getByRole('status')).toContainText(`${name} selected`)
    }
    await page.keyboard.press('Escape')
    await expect(page.getByRole('heading', { level: 3, name: 'Caspian Sea' })).toHaveCount(0)
    await expect(page).not.toHaveURL(/place=/)
  })

  test('shows a visible focus ring on a focused region', async ({ guardedPage: page }) => {
    await page.goto('/')
    const russia = mapGroup(page).getByRole('button', { name: 'Russia', exact: true })
    await expect(russia).toBeVisible()
    await page.getByRole('radio', { name: 'Kazakhstan and its neighbours' }).focus()
    while (
      (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) !== 'Russia'
    ) {
      await page.keyboard.press('Tab')
    }
    const stroke = await russia.evaluate((el) => getComputedStyle(el).stroke)
    expect(stroke).toBe('rgb(179, 38, 30)')
    // A copy of the outline is drawn in the top pane, so border lines never cover the ring.
    await expect(page.locator('.focus-ring-pane path')).toHaveCount(1)
    await page.keyboard.press('Tab')
    await expect(page.locator('.focus-ring-pane path')).toHaveCount(1)
    await page.getByRole('radio', { name: 'Kazakhstan and its neighbours' }).focus()
    await expect(page.locator('.focus-ring-pane path')).toHaveCount(0)
  })

  test('the deep link ?place=chn opens China, and a selection from the table pans the map', async ({
    guardedPage: page,
  }) => {
    await page.goto('/?place=chn')
    await expect(panelHeading(page, 'China')).toBeVisible()
    await expect(
      mapGroup(page).getByRole('button', { name: 'China', exact: true }),
    ).toHaveAttribute('aria-pressed', 'true')
    await page
      .getByRole('table', { name: /land borders/ })
      .getByRole('button', { name: 'Turkmenistan' })
      .click()
    await expect(page).toHaveURL(/place=tkm/)
    await expect(mapGroup(page).getByRole('button', { name: 'Turkmenistan' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })

  test('the actors view shows the story’s places and keeps the view in the URL', async ({
    guardedPage: page,
  }) => {
    await page.goto('/')
    await page.getByRole('radio', { name: 'The story’s actors' }).check()
    await expect(page).toHaveURL(/view=actors/)
    for (const name of [
      'Ukraine',
      'Crimea',
      'Germany',
      'Türkiye',
      'Brazil',
      'Istanbul',
      'Berlin',
      'Brasília',
    ]) {
      await expect(mapGroup(page).getByRole('button', { name, exact: true })).toBeAttached()
    }
    await page.reload()
    await expect(page.getByRole('radio', { name: 'The story’s actors' })).toBeChecked()
  })

  test('a place missing from the current view switches the view', async ({ guardedPage: page }) => {
    await page.goto('/')
    await page
      .getByRole('article')
      .getByRole('button', { name: 'Olaf Scholz: show Germany on the map' })
      .click()
    await expect(page).toHaveURL(/place=deu&view=actors/)
    await expect(panelHeading(page, 'Germany')).toBeVisible()
  })

  test('has no axe-core violations with a place selected', async ({ guardedPage: page }) => {
    await page.goto('/?place=rus')
    await expect(mapGroup(page).getByRole('button', { name: 'Russia', exact: true })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('broken map data gets a clear message and the rest of the page still works', async ({
    guardedPage: page,
  }) => {
    await page.route('**/geo/borders.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"view":"borders"' }),
    )
    await page.goto('/')
    await expect(page.getByRole('alert')).toContainText('The map could not be shown')
    await expectArticleStillSelects(page)
  })

  test('map data of the wrong shape is rejected with a message', async ({ guardedPage: page }) => {
    await page.route('**/geo/borders.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"view":"borders"}' }),
    )
    await page.goto('/')
    await expect(page.getByRole('alert')).toContainText('The map could not be shown')
  })

  test('a shared link restores the view silently; changes are announced', async ({
    guardedPage: page,
  }) => {
    await page.goto('/?place=rus&view=borders')
    await expect(panelHeading(page, 'Russia')).toBeVisible()
    await expect(page.getByRole('status')).toHaveText('')
    await page
      .getByRole('table', { name: /land borders/ })
      .getByRole('button', { name: 'China' })
      .click()
    await expect(page.getByRole('status')).toHaveText('China selected.')
    // Selecting from below the map takes the reader to the panel.
    await expect(panelHeading(page, 'China')).toBeFocused()
  })

  test('clearing the selection keeps focus on the page, and a view without the place drops it', async ({
    guardedPage: page,
  }) => {
    await page.goto('/?place=kgz')
    await page.getByRole('button', { name: 'Clear selection' }).click()
    await expect(
      page.getByRole('heading', { level: 2, name: 'Kazakhstan’s borders' }),
    ).toBeFocused()
    await page.goto('/?place=kgz')
    await page.getByRole('radio', { name: 'The story’s actors' }).check()
    await expect(page).toHaveURL(/\?view=actors$/)
    await expect(page.getByRole('heading', { level: 3, name: 'Kyrgyzstan' })).toHaveCount(0)
  })

  test.describe('when the map’s code cannot be loaded', () => {
    test.use({
      expectedError: /Failed to load resource|Failed to fetch dynamically imported module/,
    })

    test('the map says so and the rest of the page still works', async ({ guardedPage: page }) => {
      await page.route('**/assets/BorderMap-*.js', (route) => route.abort())
      await page.goto('/')
      await expect(page.getByRole('alert')).toContainText('could not be loaded')
      await expectArticleStillSelects(page)
    })
  })
})
