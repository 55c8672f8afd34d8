import type { LonLat } from './coordinates'
import type { Ring, Shape } from './geometry'

/**
 * A ring with the corners that bend it by less than `tolerance` (degrees) left out, Douglas–Peucker, iterative so a
 * 20,000-vertex boundary needs no deep recursion. The ring stays closed and keeps at least 4 positions. Used only
 * for drawing: a surveyed village boundary has far more corners than the screen has pixels along it.
 */
export function simplifyRing(ring: Ring, tolerance: number): Ring {
  const n = ring.length
  if (n <= 8 || tolerance <= 0) return ring
  const keep = new Uint8Array(n)
  keep[0] = keep[n - 1] = 1
  // A closed ring's two ends coincide: split it at the corner farthest from the start, so each half has a chord.
  let far = 1
  let farDistance = -1
  for (let i = 1; i < n - 1; i++) {
    const d = (ring[i][0] - ring[0][0]) ** 2 + (ring[i][1] - ring[0][1]) ** 2
    if (d > farDistance) [far, farDistance] = [i, d]
  }
  keep[far] = 1
  const stack: [number, number][] = [
    [0, far],
    [far, n - 1],
  ]
  const squared = tolerance * tolerance
  while (stack.length) {
    const [from, to] = stack.pop()!
    let index = -1
    let worst = squared
    for (let i = from + 1; i < to; i++) {
      const d = squaredSegmentDistance(ring[i], ring[from], ring[to])
      if (d > worst) [index, worst] = [i, d]
    }
    if (index < 0) continue
    keep[index] = 1
    stack.push([from, index], [index, to])
  }
  const out: Ring = []
  for (let i = 0; i < n; i++) if (keep[i]) out.push(ring[i])
  return out.length >= 4 ? out : ring
}

function squaredSegmentDistance(p: LonLat, a: LonLat, b: LonLat): number {
  let [x, y] = a
  const dx = b[0] - x
  const dy = b[1] - y
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy)
    if (t > 1) [x, y] = b
    else if (t > 0) [x, y] = [x + dx * t, y + dy * t]
  }
  return (p[0] - x) ** 2 + (p[1] - y) ** 2
}

/** A polygon or multipolygon simplified ring by ring ({@link simplifyRing}); a point as it is. */
export function simplifyShape(shape: Shape, tolerance: number): Shape {
  if (shape.type === 'Point') return shape
  if (shape.type === 'Polygon')
    return { type: 'Polygon', coordinates: shape.coordinates.map((r) => simplifyRing(r, tolerance)) }
  return {
    type: 'MultiPolygon',
    coordinates: shape.coordinates.map((p) => p.map((r) => simplifyRing(r, tolerance))),
  }
}
