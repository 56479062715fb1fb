/**
 * Builds public/geo/borders.json and public/geo/actors.json from world-atlas (Natural Earth 4.1.0),
 * with Baikonur in Kazakhstan and Crimea in Ukraine. Fails when a file is over its gzip budget or
 * Kazakhstan's borders stray too far from the 1:10m source.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { measureAccuracy } from './geodata/accuracy.ts'
import { buildActorsView } from './geodata/build-actors-view.ts'
import { buildBordersView } from './geodata/build-borders-view.ts'
import { GZIP_BUDGET_BYTES, gzipSize, stableStringify } from './geodata/serialize.ts'

/** The borders view promises ~1 km; this is the hard limit. */
const MAX_DEVIATION_KM = 1.5

const outDir = new URL('../public/geo/', import.meta.url)
mkdirSync(outDir, { recursive: true })
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
const problems: string[] = []

for (const build of [buildBordersView, buildActorsView]) {
  const { data, findings } = build()
  const text = stableStringify(data)
  writeFileSync(new URL(`${data.view}.json`, outDir), text)
  const gzip = gzipSize(text)
  console.log(
    `public/geo/${data.view}.json: ${kb(text.length)} raw, ${kb(gzip)} gzip (budget ${kb(GZIP_BUDGET_BYTES)})`,
  )
  for (const finding of findings) console.log(`  ${finding}`)
  if (gzip > GZIP_BUDGET_BYTES) problems.push(`${data.view}.json is ${kb(gzip)} gzip`)
  if (data.view === 'borders') {
    const { outlineKm, bordersKm } = measureAccuracy(data)
    const lines = Object.entries(bordersKm).map(([id, km]) => `${id} ${km.toFixed(2)}`)
    console.log(
      `  Max deviation from 1:10m, km: Kazakhstan outline ${outlineKm.toFixed(2)}; ${lines.join(', ')}`,
    )
    for (const [what, km] of [['outline', outlineKm], ...Object.entries(bordersKm)] as const) {
      if (km > MAX_DEVIATION_KM) problems.push(`Kazakhstan ${what} strays ${km.toFixed(2)} km`)
    }
  }
}

if (problems.length > 0) {
  console.error(`Geodata build failed: ${problems.join('; ')}`)
  process.exit(1)
}
