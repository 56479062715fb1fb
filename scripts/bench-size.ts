/**
 * Measures what a reader downloads, gzip-compressed: the first view (the HTML and every script and
 * stylesheet it references) and what loads after it (the map chunk and its geodata). Fails when the
 * first view exceeds its 200 KB budget or a geodata view its 60 KB budget.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const dist = join(import.meta.dirname, '..', 'dist')
const FIRST_VIEW_BUDGET = 200 * 1024
const GEODATA_BUDGET = 60 * 1024

const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

const html = readFileSync(join(dist, 'index.html'), 'utf8')
const referenced = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
  (m) => m[1] ?? '',
)
const firstView = ['index.html', ...new Set(referenced)]
const allAssets = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`)
const later = allAssets.filter((f) => !firstView.includes(f))
const geodata = readdirSync(join(dist, 'geo')).map((f) => `geo/${f}`)

const rows: Array<[string, string, string]> = []
let firstTotal = 0
for (const file of firstView) {
  const size = gzipSize(join(dist, file))
  firstTotal += size
  rows.push(['first view', file, kb(size)])
}
// The first view's stylesheet is inlined by the prerender step; its file stays in dist, unused.
const chunks = allAssets
  .filter((f) => f.endsWith('.js'))
  .map((f) => readFileSync(join(dist, f), 'utf8'))
const isReferenced = (file: string) =>
  chunks.some((code) => code.includes(file.replace('assets/', '')))
for (const file of later) {
  const group = isReferenced(file) ? 'after the article' : 'unused (inlined)'
  rows.push([group, file, kb(gzipSize(join(dist, file)))])
}
const geodataOver: string[] = []
for (const file of geodata) {
  const size = gzipSize(join(dist, file))
  if (size > GEODATA_BUDGET) geodataOver.push(file)
  rows.push(['map data', file, `${kb(size)} (raw ${kb(statSync(join(dist, file)).size)})`])
}
for (const [group, file, size] of rows)
  console.log(`${group.padEnd(18)} ${file.padEnd(44)} ${size}`)
console.log(`first view total (gzip): ${kb(firstTotal)} of ${kb(FIRST_VIEW_BUDGET)} budget`)

if (firstTotal > FIRST_VIEW_BUDGET) {
  console.error('The first view is over budget.')
  process.exit(1)
}
if (geodataOver.length > 0) {
  console.error(`Geodata over ${kb(GEODATA_BUDGET)}: ${geodataOver.join(', ')}`)
  process.exit(1)
}
