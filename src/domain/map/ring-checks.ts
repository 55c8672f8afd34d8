import type { LonLat } from './coordinates'
import type { Ring } from './geometry'

type Segment = { a: LonLat; b: LonLat; index: number; minX: number; maxX: number }

function orientation(p: LonLat, q: LonLat, r: LonLat): number {
  const value = (q[1] - p[1]) * (r[0] - q[0]) - (q[0] - p[0]) * (r[1] - q[1])
  return value === 0 ? 0 : value > 0 ? 1 : 2
}

function onSegment(p: LonLat, q: LonLat, r: LonLat): boolean {
  return (
    q[0] <= Math.max(p[0], r[0]) &&
    q[0] >= Math.min(p[0], r[0]) &&
    q[1] <= Math.max(p[1], r[1]) &&
    q[1] >= Math.min(p[1], r[1])
  )
}

/** True when segments p1q1 and p2q2 share a point (touching included). */
export function segmentsIntersect(p1: LonLat, q1: LonLat, p2: LonLat, q2: LonLat): boolean {
  const o1 = orientation(p1, q1, p2)
  const o2 = orientation(p1, q1, q2)
  const o3 = orientation(p2, q2, p1)
  const o4 = orientation(p2, q2, q1)
  if (o1 !== o2 && o3 !== o4) return true
  return (
    (o1 === 0 && onSegment(p1, p2, q1)) ||
    (o2 === 0 && onSegment(p1, q2, q1)) ||
    (o3 === 0 && onSegment(p2, p1, q2)) ||
    (o4 === 0 && onSegment(p2, q1, q2))
  )
}

/**
 * The first place a closed ring crosses or touches itself (other than neighbouring edges meeting at their shared
 * vertex), or undefined. A sweep over edges sorted by their left end compares only edges whose x ranges
 * overlap, so a boundary of 10,000 vertices is checked in milliseconds rather than the 50 million pairs of a
 * naive check.
 */
export function selfIntersection(ring: Ring): LonLat | undefined {
  const n = ring.length - 1 // closed: the last position repeats the first
  if (n < 3) return undefined
  const segments: Segment[] = []
  for (let i = 0; i < n; i++) {
    const [a, b] = [ring[i], ring[i + 1]]
    segments.push({ a, b, index: i, minX: Math.min(a[0], b[0]), maxX: Math.max(a[0], b[0]) })
  }
  segments.sort((s, t) => s.minX - t.minX)
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]
    for (let j = i + 1; j < segments.length && segments[j].minX <= s.maxX; j++) {
      const t = segments[j]
      const gap = Math.abs(s.index - t.index)
      if (gap === 1 || gap === n - 1) continue // neighbours share a vertex by construction
      if (segmentsIntersect(s.a, s.b, t.a, t.b)) return s.a
    }
  }
  return undefined
}
