import { expect, expectNoAxeViolations, test } from './fixtures.ts'

const CARDS = ['china', 'china-brazil', 'brazil', 'zelensky']

test.describe('the peace plans', () => {
  test('each card expands to show its points, and the open card is in the URL', async ({
    guardedPage: page,
  }) => {
    await page.goto('/')
    for (const id of CARDS) {
      const toggle = page.locator(`#plan-${id}`)
      await expect(toggle).toHaveAttribute('aria-expanded', 'false')
      await toggle.click()
      await expect(toggle).toHaveAttribute('aria-expanded', 'true')
      await expect(page).toHaveURL(new RegExp(`plan=${id}`))
      const points = page.locator(`#plan-${id}-points`)
      await expect(points).toBeVisible()
      await expect(points.getByRole('list').first().getByRole('listitem').first()).toBeVisible()
    }
  })

  test('the cards show every point: 12 for China, 6 for China–Brazil, 10 for Zelensky', async ({
    guardedPage: page,
  }) => {
    for (const [id, count] of [
      ['china', 12],
      ['china-brazil', 6],
      ['zelensky', 10],
    ] as const) {
      await page.goto(`/?plan=${id}`)
      await expect(page.locator(`#plan-${id}`)).toHaveAttribute('aria-expanded', 'true')
      await expect(page.locator(`#plan-${id}-points ol.plan-points > li`)).toHaveCount(count)
    }
  })

  test('comparing two plans builds a table, and the deep link restores card and comparison', async ({
    guardedPage: page,
  }) => {
    await page.goto('/')
    const compare = page.getByRole('group', { name: 'Positions to compare' })
    await compare.getByRole('checkbox').nth(0).check()
    await expect(page.locator('.compare-hint')).toHaveText(
      'Choose at least two positions to compare.',
    )
    await compare.getByRole('checkbox').nth(3).check()
    await expect(page).toHaveURL(/compare=china,zelensky/)
    const table = page.getByRole('table', { name: /How the chosen positions treat each issue/ })
    await expect(table.getByRole('columnheader')).toHaveCount(3)
    await expect(table.getByRole('rowheader')).toHaveCount(11)
    await expect(table.getByRole('rowheader', { name: 'Russian troop withdrawal' })).toBeVisible()

    await page.goto('/?plan=zelensky&compare=china,zelensky,russia-terms')
    await expect(page.locator('#plan-zelensky')).toHaveAttribute('aria-expanded', 'true')
    await expect(
      page
        .getByRole('table', { name: /How the chosen positions treat each issue/ })
        .getByRole('columnheader'),
    ).toHaveCount(4)
  })

  test('a plan mention in the article opens its card, and the card links back', async ({
    guardedPage: page,
  }) => {
    await page.goto('/')
    await page
      .getByRole('button', {
        name: /^the peace plan of China and Brazil: open its peace-plan card/,
      })
      .click()
    await expect(page).toHaveURL(/plan=china-brazil/)
    await expect(page.locator('#plan-china-brazil')).toBeFocused()
    const backLink = page
      .locator('#plan-china-brazil-points')
      .getByRole('link', { name: /^Passage/ })
      .first()
    await expect(backLink).toHaveAttribute('href', '#q-china-brazil')
  })

  test('opening a card and showing its proponents highlights them on the actors map', async ({
    guardedPage: page,
  }) => {
    await page.goto('/?plan=china-brazil')
    await page.getByRole('button', { name: 'Show its proponents on the map' }).click()
    await expect(page).toHaveURL(/view=actors/)
    const china = page
      .getByRole('group', { name: /^Map:/ })
      .getByRole('button', { name: 'China', exact: true })
    await expect(china).toBeVisible()
    await expect(china).toHaveAttribute('fill', '#f5d78a')
  })

  test('has no axe-core violations with a card open and a comparison shown', async ({
    guardedPage: page,
  }) => {
    await page.goto('/?plan=china&compare=china,china-brazil')
    await expect(page.locator('#plan-china')).toHaveAttribute('aria-expanded', 'true')
    await expectNoAxeViolations(page)
  })

  test('a citation in a card jumps to its entry in the end notes', async ({
    guardedPage: page,
  }) => {
    await page.goto('/?plan=china')
    const citation = page.locator('#plan-china-points .source-ref').first()
    const target = (await citation.getAttribute('href')) ?? ''
    await citation.click()
    await expect(page).toHaveURL(new RegExp(`${target}$`))
    await expect(page.locator(target)).toBeInViewport()
  })
})
