import { Delaunay } from 'd3-delaunay'
import type { LonLat } from './coordinates'
import { boundsOf, ringArea, type Ring, type Shape } from './geometry'

function inside(p: LonLat, a: LonLat, b: LonLat): boolean {
  return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]) >= 0
}

function crossing(p: LonLat, q: LonLat, a: LonLat, b: LonLat): LonLat {
  const [dx1, dy1, dx2, dy2] = [q[0] - p[0], q[1] - p[1], b[0] - a[0], b[1] - a[1]]
  const denominator = dx1 * dy2 - dy1 * dx2
  if (denominator === 0) return q
  const t = ((a[0] - p[0]) * dy2 - (a[1] - p[1]) * dx2) / denominator
  return [p[0] + t * dx1, p[1] + t * dy1]
}

/**
 * Sutherland–Hodgman: the part of `subject` (any simple ring) inside `convex` (a counter-clockwise convex ring,
 * as a Voronoi cell is). Returns a closed ring, or undefined when nothing is left.
 */
export function clipToConvex(subject: Ring, convex: Ring): Ring | undefined {
  let output: LonLat[] = subject.slice(0, -1)
  for (let i = 0; i < convex.length - 1 && output.length; i++) {
    const [a, b] = [convex[i], convex[i + 1]]
    const input = output
    output = []
    for (let j = 0; j < input.length; j++) {
      const current = input[j]
      const previous = input[(j + input.length - 1) % input.length]
      if (inside(current, a, b)) {
        if (!inside(previous, a, b)) output.push(crossing(previous, current, a, b))
        output.push(current)
      } else if (inside(previous, a, b)) output.push(crossing(previous, current, a, b))
    }
  }
  return output.length >= 3 ? [...output, output[0]] : undefined
}

function counterClockwise(ring: Ring): Ring {
  return ringArea(ring) < 0 ? [...ring].reverse() : ring
}

/**
 * A convex hull of the points grown by `margin` degrees all round (each corner replaced by an octagon of that
 * radius before taking the hull again): the area to share out when the township has no boundary.
 */
export function bufferedHull(points: readonly LonLat[], margin: number): Ring {
  const grown: LonLat[] = []
  for (const [x, y] of points)
    for (let k = 0; k < 16; k++)
      grown.push([x + margin * Math.cos((k * Math.PI) / 8), y + margin * Math.sin((k * Math.PI) / 8)])
  return counterClockwise(Delaunay.from(grown).hullPolygon() as Ring)
}

/** Half the median distance between each point and its nearest neighbour: a margin that fits the spacing. */
export function typicalSpacing(points: readonly LonLat[]): number {
  if (points.length < 2) return 0.01
  const delaunay = Delaunay.from(points)
  const nearest = points.map((p, i) => {
    let best = Infinity
    for (const j of delaunay.neighbors(i)) best = Math.min(best, Math.hypot(points[j][0] - p[0], points[j][1] - p[1]))
    return best
  })
  nearest.sort((a, b) => a - b)
  return nearest[Math.floor(nearest.length / 2)] / 2 || 0.01
}

function outerRings(shape: Shape): Ring[] {
  if (shape.type === 'Polygon') return [shape.coordinates[0]]
  return shape.type === 'MultiPolygon' ? shape.coordinates.map((p) => p[0]) : []
}

/**
 * Village areas from village points: each point's Voronoi cell (every place nearer that village than any other),
 * clipped to the township boundary, or to the buffered hull of the points when there is none. Returns one shape
 * per point, in the points' order; undefined where the cell falls wholly outside the boundary.
 */
export function voronoiAreas(points: readonly LonLat[], boundary?: Shape): (Shape | undefined)[] {
  const clips: Ring[] = boundary ? outerRings(boundary) : [bufferedHull(points, typicalSpacing(points))]
  const [minX, minY, maxX, maxY] = boundsOf([...points, ...clips.flat()])
  const pad = Math.max(maxX - minX, maxY - minY)
  const voronoi = Delaunay.from(points).voronoi([minX - pad, minY - pad, maxX + pad, maxY + pad])
  return points.map((_, i) => {
    const cell = voronoi.cellPolygon(i) as Ring | null
    if (!cell) return undefined
    const pieces = clips
      .map((clip) => clipToConvex(counterClockwise(clip), counterClockwise(cell)))
      .filter((r): r is Ring => r !== undefined)
    if (pieces.length === 0) return undefined
    return pieces.length === 1
      ? { type: 'Polygon', coordinates: [pieces[0]] }
      : { type: 'MultiPolygon', coordinates: pieces.map((r) => [r]) }
  })
}
