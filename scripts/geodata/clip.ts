import type { Position } from 'geojson'

/** [west, south, east, north] */
export type Rectangle = readonly [number, number, number, number]

type Edge = {
  inside: (p: Position) => boolean
  cut: (a: Position, b: Position) => Position
}

function edgesOf([w, s, e, n]: Rectangle): Edge[] {
  const atX = (x: number) => (a: Position, b: Position) => {
    const [ax = 0, ay = 0] = a
    const [bx = 0, by = 0] = b
    return [x, ay + ((by - ay) * (x - ax)) / (bx - ax)]
  }
  const atY = (y: number) => (a: Position, b: Position) => {
    const [ax = 0, ay = 0] = a
    const [bx = 0, by = 0] = b
    return [ax + ((bx - ax) * (y - ay)) / (by - ay), y]
  }
  return [
    { inside: (p) => (p[0] ?? 0) >= w, cut: atX(w) },
    { inside: (p) => (p[0] ?? 0) <= e, cut: atX(e) },
    { inside: (p) => (p[1] ?? 0) >= s, cut: atY(s) },
    { inside: (p) => (p[1] ?? 0) <= n, cut: atY(n) },
  ]
}

/**
 * Sutherland–Hodgman: clips a closed ring to the rectangle, keeping its winding. A ring that leaves
 * and re-enters comes back as one ring with zero-width runs along the edge, which fills correctly.
 */
export function clipRing(ring: readonly Position[], rectangle: Rectangle): Position[] {
  let points = ring.slice(0, -1)
  for (const edge of edgesOf(rectangle)) {
    const out: Position[] = []
    points.forEach((current, i) => {
      const previous = points[(i + points.length - 1) % points.length] as Position
      if (edge.inside(current)) {
        if (!edge.inside(previous)) out.push(edge.cut(previous, current))
        out.push(current)
      } else if (edge.inside(previous)) {
        out.push(edge.cut(previous, current))
      }
    })
    points = out
  }
  const first = points[0]
  return first ? [...points, first] : []
}

/**
 * Adds vertices every `step` degrees along runs that follow the rectangle's edges: Leaflet draws them
 * straight, d3-geo would otherwise bow long east–west runs into great circles.
 */
export function densifyEdges(
  ring: readonly Position[],
  [w, s, e, n]: Rectangle,
  step = 1,
): Position[] {
  const onEdge = (a: Position, b: Position) =>
    (a[0] === b[0] && (a[0] === w || a[0] === e)) || (a[1] === b[1] && (a[1] === s || a[1] === n))
  const out: Position[] = []
  ring.forEach((b, i) => {
    const a = ring[i - 1]
    if (a && onEdge(a, b)) {
      const [ax = 0, ay = 0] = a
      const [bx = 0, by = 0] = b
      const count = Math.ceil(Math.max(Math.abs(bx - ax), Math.abs(by - ay)) / step)
      for (let k = 1; k < count; k++)
        out.push([ax + ((bx - ax) * k) / count, ay + ((by - ay) * k) / count])
    }
    out.push(b)
  })
  return out
}
