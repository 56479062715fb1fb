import type { Position } from 'geojson'
import type { Arc } from 'topojson-specification'
import { distanceToSegmentKm } from './measure.ts'

/** Douglas–Peucker: every dropped vertex lies within toleranceKm of the kept line. */
export function simplifyLine(points: readonly Position[], toleranceKm: number): Position[] {
  const keep = new Uint8Array(points.length)
  keep[0] = 1
  keep[points.length - 1] = 1
  const stack: [number, number][] = [[0, points.length - 1]]
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number]
    const a = points[first] as Position
    const b = points[last] as Position
    let worst = -1
    let worstDistance = toleranceKm
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegmentKm(points[i] as Position, a, b)
      if (d > worstDistance) {
        worst = i
        worstDistance = d
      }
    }
    if (worst > 0) {
      keep[worst] = 1
      stack.push([first, worst], [worst, last])
    }
  }
  return points.filter((_, i) => keep[i] === 1)
}

/**
 * Simplifies each arc on its own, keeping its end points, so arcs still meet where they did and two
 * neighbours drawing the same arc stay identical. A closed arc (an island) is split at its farthest
 * point first: Douglas–Peucker needs two distinct ends.
 */
export function simplifyArcs(arcs: readonly Arc[], toleranceKm: (arc: number) => number): Arc[] {
  return arcs.map((arc, index) => {
    const tolerance = toleranceKm(index)
    const first = arc[0]
    const last = arc[arc.length - 1]
    if (!first || !last || arc.length <= 2) return arc
    if (first[0] !== last[0] || first[1] !== last[1]) return simplifyLine(arc, tolerance)
    let far = 0
    let farDistance = -1
    arc.forEach((p, i) => {
      const d = distanceToSegmentKm(p, first, first)
      if (d > farDistance) {
        far = i
        farDistance = d
      }
    })
    const head = simplifyLine(arc.slice(0, far + 1), tolerance)
    const tail = simplifyLine(arc.slice(far), tolerance)
    return [...head, ...tail.slice(1)]
  })
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}

export function roundPosition(p: Position, decimals: number): Position {
  return [roundTo(p[0] ?? 0, decimals), roundTo(p[1] ?? 0, decimals)]
}

/**
 * Rounds each arc's inner vertices to its own precision but its end points always to `endDecimals`,
 * so arcs of different precision still meet exactly. Repeated vertices are dropped.
 */
export function roundArcs(
  arcs: readonly Arc[],
  decimals: (arc: number) => number,
  endDecimals: number,
): Arc[] {
  return arcs.map((arc, index) => {
    const inner = decimals(index)
    const rounded = arc.map((p, i) =>
      roundPosition(p, i === 0 || i === arc.length - 1 ? endDecimals : inner),
    )
    return rounded.filter((p, i) => {
      const prev = rounded[i - 1]
      return i === 0 || i === rounded.length - 1 || !prev || p[0] !== prev[0] || p[1] !== prev[1]
    })
  })
}
