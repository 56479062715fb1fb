/**
 * Lighthouse (mobile, its default) against the production build served by `vite preview`.
 * A measurement, not a test: it prints the four category scores and writes the full report to
 * .lighthouse/. Run `npm run build` first.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { findChromium } from '../tests/e2e/chromium-path.ts'

const port = 4180
const url = `http://127.0.0.1:${port}/`
const server = spawn(
  './node_modules/.bin/vite',
  ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { stdio: 'ignore' },
)

async function waitForServer() {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`vite preview did not answer at ${url}`)
}

try {
  await waitForServer()
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'html', logLevel: 'error' })
    if (!result) throw new Error('Lighthouse returned no result')
    mkdirSync('.lighthouse', { recursive: true })
    writeFileSync('.lighthouse/report.html', String(result.report))
    writeFileSync('.lighthouse/report.json', JSON.stringify(result.lhr, null, 1))
    for (const category of Object.values(result.lhr.categories)) {
      console.log(`${category.title.padEnd(16)} ${Math.round((category.score ?? 0) * 100)}`)
    }
    const metrics = [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
      'speed-index',
    ]
    for (const id of metrics) {
      const audit = result.lhr.audits[id]
      if (audit) console.log(`${audit.title.padEnd(28)} ${audit.displayValue ?? ''}`)
    }
    const failed = Object.values(result.lhr.audits).filter(
      (a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary',
    )
    for (const audit of failed) console.log(`not passed: ${audit.id} — ${audit.title}`)
  } finally {
    await chrome.kill()
  }
} finally {
  server.kill()
}
