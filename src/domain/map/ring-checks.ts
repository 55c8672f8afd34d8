import type { LonLat } from './coordinates'
import type { Ring } from './geometry'

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
 * vertex), or undefined. Edges are bucketed in a grid of about one edge per cell and only edges sharing a cell
 * are compared, so a surveyed boundary of 20,000 vertices is checked in milliseconds rather than the 200 million
 * pairs of a naive check (a sweep by x alone is no better on a long north–south edge).
 */
export function selfIntersection(ring: Ring): LonLat | undefined {
  const n = ring.length - 1 // closed: the last position repeats the first
  if (n < 3) return undefined
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity]
  for (let i = 0; i <= n; i++) {
    const x = ring[i][0]
    const y = ring[i][1]
    if (x < minX) minX = x
    if (y < minY) minY = y
    if (x > maxX) maxX = x
    if (y > maxY) maxY = y
  }
  const side = Math.max(1, Math.ceil(Math.sqrt(n)))
  const cellW = (maxX - minX) / side || 1
  const cellH = (maxY - minY) / side || 1
  const cells = (side + 1) * (side + 1)
  // Each edge's box of cells, then the edges of each cell laid out together (a counting sort, no comparisons).
  const box = new Int32Array(n * 4)
  const counts = new Int32Array(cells + 1)
  for (let i = 0; i < n; i++) {
    const a = ring[i]
    const b = ring[i + 1]
    const c0 = Math.floor(((a[0] < b[0] ? a[0] : b[0]) - minX) / cellW)
    const c1 = Math.floor(((a[0] < b[0] ? b[0] : a[0]) - minX) / cellW)
    const r0 = Math.floor(((a[1] < b[1] ? a[1] : b[1]) - minY) / cellH)
    const r1 = Math.floor(((a[1] < b[1] ? b[1] : a[1]) - minY) / cellH)
    box[i * 4] = c0
    box[i * 4 + 1] = c1
    box[i * 4 + 2] = r0
    box[i * 4 + 3] = r1
    for (let c = c0; c <= c1; c++) for (let r = r0; r <= r1; r++) counts[c * (side + 1) + r + 1]++
  }
  for (let k = 1; k <= cells; k++) counts[k] += counts[k - 1]
  const edges = new Int32Array(counts[cells])
  const filled = counts.slice(0, cells)
  for (let i = 0; i < n; i++) {
    for (let c = box[i * 4]; c <= box[i * 4 + 1]; c++)
      for (let r = box[i * 4 + 2]; r <= box[i * 4 + 3]; r++) edges[filled[c * (side + 1) + r]++] = i
  }
  for (let cell = 0; cell < cells; cell++) {
    const end = counts[cell + 1]
    for (let x = counts[cell]; x < end; x++)
      for (let y = x + 1; y < end; y++) {
        const i = Math.min(edges[x], edges[y])
        const j = Math.max(edges[x], edges[y])
        const gap = j - i
        if (gap === 1 || gap === n - 1) continue // neighbours share a vertex by construction
        if (segmentsIntersect(ring[i], ring[i + 1], ring[j], ring[j + 1])) return ring[i]
      }
  }
  return undefined
}
