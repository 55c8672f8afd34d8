import type { LonLat } from './coordinates'

/** A closed ring: the first and last positions are equal (GeoJSON's rule). */
export type Ring = LonLat[]

/** The geometry the map stores and draws: GeoJSON's Polygon, MultiPolygon and Point, nothing else. */
export type Shape =
  | { type: 'Polygon'; coordinates: Ring[] }
  | { type: 'MultiPolygon'; coordinates: Ring[][] }
  | { type: 'Point'; coordinates: LonLat }

/** A feature as read from a file, before matching: its name and code as the file gave them. */
export interface SourceFeature {
  /** Position in the file (0-based), for the review table. */
  index: number
  name: string
  /** Whatever code-like property the feature had, unrepaired; '' when none. */
  code: string
  shape: Shape
}

/** China's extent, generously (Hainan's southern islands to Mohe, Pamirs to Fuyuan). */
export const CHINA_BOUNDS = { minLon: 73, maxLon: 135.5, minLat: 3.5, maxLat: 53.7 }

/** True when a point lies inside {@link CHINA_BOUNDS}. */
export function insideChina([lon, lat]: LonLat): boolean {
  return (
    lon >= CHINA_BOUNDS.minLon && lon <= CHINA_BOUNDS.maxLon && lat >= CHINA_BOUNDS.minLat && lat <= CHINA_BOUNDS.maxLat
  )
}

/** Every position of a shape, in order (rings' closing positions included). */
export function positionsOf(shape: Shape): LonLat[] {
  if (shape.type === 'Point') return [shape.coordinates]
  if (shape.type === 'Polygon') return shape.coordinates.flat()
  return shape.coordinates.flat(2)
}

/** A shape's first position (without flattening a large shape). */
export function firstPosition(shape: Shape): LonLat {
  if (shape.type === 'Point') return shape.coordinates
  return shape.type === 'Polygon' ? shape.coordinates[0][0] : shape.coordinates[0][0][0]
}

/** The rings of a shape (none for a point). */
export function ringsOf(shape: Shape): Ring[] {
  if (shape.type === 'Point') return []
  return shape.type === 'Polygon' ? shape.coordinates : shape.coordinates.flat()
}

/** The same shape with every position passed through `convert`. */
export function mapPositions(shape: Shape, convert: (p: LonLat) => LonLat): Shape {
  if (shape.type === 'Point') return { type: 'Point', coordinates: convert(shape.coordinates) }
  if (shape.type === 'Polygon') return { type: 'Polygon', coordinates: shape.coordinates.map((r) => r.map(convert)) }
  return { type: 'MultiPolygon', coordinates: shape.coordinates.map((p) => p.map((r) => r.map(convert))) }
}

/** `[minLon, minLat, maxLon, maxLat]` of some positions. */
export function boundsOf(points: readonly LonLat[]): [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const [x, y] of points) {
    if (x < minX) minX = x
    if (y < minY) minY = y
    if (x > maxX) maxX = x
    if (y > maxY) maxY = y
  }
  return [minX, minY, maxX, maxY]
}

/** Signed area of a ring (shoelace, in degree²; positive when counter-clockwise). */
export function ringArea(ring: Ring): number {
  let sum = 0
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    sum += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1])
  return -sum / 2
}

/** The ring closed (last position = first), and without repeated consecutive positions. */
export function closeRing(ring: Ring): Ring {
  const out: Ring = []
  for (const p of ring) {
    const last = out[out.length - 1]
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p)
  }
  const [first, last] = [out[0], out[out.length - 1]]
  if (first && (first[0] !== last[0] || first[1] !== last[1])) out.push(first)
  return out
}

/** A representative point of a shape: the point itself, or the centre of the largest ring's bounds-weighted area. */
export function centreOf(shape: Shape): LonLat {
  if (shape.type === 'Point') return shape.coordinates
  const rings = shape.type === 'Polygon' ? [shape.coordinates[0]] : shape.coordinates.map((p) => p[0])
  const outer = rings.reduce((a, b) => (Math.abs(ringArea(b)) > Math.abs(ringArea(a)) ? b : a))
  let [cx, cy, area] = [0, 0, 0]
  for (let i = 0, j = outer.length - 1; i < outer.length; j = i++) {
    const f = outer[j][0] * outer[i][1] - outer[i][0] * outer[j][1]
    cx += (outer[j][0] + outer[i][0]) * f
    cy += (outer[j][1] + outer[i][1]) * f
    area += f
  }
  if (area === 0) return outer[0]
  return [cx / (3 * area), cy / (3 * area)]
}
