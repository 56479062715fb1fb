/**
 * Finishes dist/index.html: puts the rendered React tree in it, so the article reads before any
 * script runs and with JavaScript off (the browser then hydrates the same markup), and inlines the
 * small first-view stylesheet, allowed by its hash in the Content-Security-Policy, to save a round
 * trip before the first paint.
 */
import { createHash } from 'node:crypto'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const htmlPath = `${root}dist/index.html`
const serverEntry = `${root}dist-ssr/entry-server.js`

const { render } = (await import(serverEntry)) as { render: () => Promise<string> }
let html = await readFile(htmlPath, 'utf8')

const placeholder = '<!--app-html-->'
if (!html.includes(placeholder)) throw new Error(`${htmlPath} has no ${placeholder}`)
html = html.replace(placeholder, await render())

const stylesheet = html.match(/<link rel="stylesheet"[^>]* href="\/(assets\/[^"]+\.css)">/)
if (!stylesheet?.[1]) throw new Error('dist/index.html links no stylesheet to inline')
const css = (await readFile(`${root}dist/${stylesheet[1]}`, 'utf8')).trim()
const hash = createHash('sha256').update(css).digest('base64')
html = html
  .replace(stylesheet[0], `<style>${css}</style>`)
  .replace("style-src 'self'", `style-src 'self' 'sha256-${hash}'`)
if (!html.includes(`'sha256-${hash}'`)) throw new Error('the CSP has no style-src to extend')

await writeFile(htmlPath, html)
await rm(`${root}dist-ssr`, { recursive: true, force: true })
console.log('prerendered dist/index.html')
