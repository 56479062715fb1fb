import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

/**
 * Finds a Chromium to drive without ever downloading one: $CHROME_PATH, Debian's /usr/bin/chromium,
 * or a browser an earlier `npx playwright install` left behind.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', safePlaywrightPath()]
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)))
  if (!found) {
    throw new Error(
      'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to a Chromium or Chrome binary.',
    )
  }
  return found
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath()
  } catch {
    return undefined
  }
}
