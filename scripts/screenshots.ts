/**
 * Takes the README's screenshots and the review shots: desktop 1440×900 and phone 390×844, of the
 * production build. Run `npm run build` first. Writes to docs/ (README) and .screenshots/ (review).
 */
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { findChromium } from '../tests/e2e/chromium-path.ts'

const port = 4181
const base = `http://127.0.0.1:${port}`
const server = spawn(
  './node_modules/.bin/vite',
  ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { stdio: 'ignore' },
)

const shots: Array<{
  name: string
  path: string
  width: number
  height: number
  fullPage?: boolean
}> = [
  { name: 'docs/screenshot-desktop.png', path: '/?place=rus', width: 1440, height: 900 },
  { name: 'docs/screenshot-phone.png', path: '/', width: 390, height: 844 },
  {
    name: '.screenshots/desktop-actors.png',
    path: '/?view=actors&plan=china-brazil',
    width: 1440,
    height: 900,
  },
  {
    name: '.screenshots/desktop-plans.png',
    path: '/?plan=china&compare=china,china-brazil,zelensky#plans',
    width: 1440,
    height: 900,
  },
  {
    name: '.screenshots/phone-full.png',
    path: '/?place=kaz',
    width: 390,
    height: 844,
    fullPage: true,
  },
  {
    name: '.screenshots/desktop-full.png',
    path: '/?place=chn&compare=china,zelensky',
    width: 1440,
    height: 900,
    fullPage: true,
  },
  { name: '.screenshots/phone-map.png', path: '/?place=rus#map-heading', width: 390, height: 844 },
  {
    name: '.screenshots/phone-article-selected.png',
    path: '/?place=chn#p-china-plan',
    width: 390,
    height: 844,
  },
  {
    name: '.screenshots/phone-compare.png',
    path: '/?plan=zelensky&compare=china,zelensky#compare-heading',
    width: 390,
    height: 844,
  },
]

try {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(base)).ok) break
    } catch {
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  mkdirSync('docs', { recursive: true })
  mkdirSync('.screenshots', { recursive: true })
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } })
    await page.goto(base + shot.path)
    await page.waitForSelector('.leaflet-container path[role="button"]')
    if (shot.fullPage) {
      // A full-page capture does not scroll, so sections that render only near the viewport
      // (content-visibility: auto) would come out blank.
      await page.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>(
          '.plans, .timeline, .border-table-section, .end-notes',
        )) {
          el.style.contentVisibility = 'visible'
        }
      })
    }
    await page.waitForTimeout(400)
    await page.screenshot({ path: shot.name, fullPage: shot.fullPage ?? false })
    console.log(`wrote ${shot.name}`)
    await page.close()
  }
  await browser.close()
} finally {
  server.kill()
}
