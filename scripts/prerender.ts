/**
 * Puts the rendered React tree into dist/index.html, so the article reads before any script runs
 * and with JavaScript off. The browser then hydrates the same markup.
 */
import { readFile, rm, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const htmlPath = `${root}dist/index.html`
const serverEntry = `${root}dist-ssr/entry-server.js`

const { render } = (await import(serverEntry)) as { render: () => string }
const template = await readFile(htmlPath, 'utf8')
const placeholder = '<!--app-html-->'
if (!template.includes(placeholder)) throw new Error(`${htmlPath} has no ${placeholder}`)
await writeFile(htmlPath, template.replace(placeholder, render()))
await rm(`${root}dist-ssr`, { recursive: true, force: true })
console.log('prerendered dist/index.html')
