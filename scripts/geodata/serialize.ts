import { gzipSync } from 'node:zlib'

/** JSON with object keys sorted at every level: the same data always gives the same bytes. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v
    const entries = Object.entries(v as Record<string, unknown>)
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  })
}

export function gzipSize(text: string): number {
  return gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length
}

/** Each view file must stay under this, gzipped: 60 kB, which is also under 60 KiB. */
export const GZIP_BUDGET_BYTES = 60_000
