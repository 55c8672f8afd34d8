import type { LonLat } from './coordinates'
import type { Ring, Shape } from './geometry'

/** How a shape's positions are grouped: ring lengths (a polygon) or ring lengths per polygon (a multipolygon). */
export type ShapeLayout =
  { type: 'Point' } | { type: 'Polygon'; rings: number[] } | { type: 'MultiPolygon'; polygons: number[][] }

/**
 * Shapes as one flat array of numbers and their layouts: what a Worker hands the page. A 30 MB file is 1.2 million
 * positions; cloning that many little arrays between threads takes seconds, while a Float64Array is transferred
 * (moved, not copied) at once.
 */
export interface PackedShapes {
  coordinates: Float64Array
  layouts: ShapeLayout[]
}

/** Packs shapes into one Float64Array (longitude, latitude, longitude, …) and their layouts. */
export function packShapes(shapes: readonly Shape[]): PackedShapes {
  let total = 0
  for (const shape of shapes)
    if (shape.type === 'Point') total += 1
    else
      for (const ring of shape.type === 'Polygon' ? shape.coordinates : shape.coordinates.flat()) total += ring.length
  const coordinates = new Float64Array(total * 2)
  let at = 0
  const put = (ring: readonly LonLat[]) => {
    for (const [x, y] of ring) {
      coordinates[at++] = x
      coordinates[at++] = y
    }
    return ring.length
  }
  const layouts = shapes.map((shape): ShapeLayout => {
    if (shape.type === 'Point') {
      put([shape.coordinates])
      return { type: 'Point' }
    }
    if (shape.type === 'Polygon') return { type: 'Polygon', rings: shape.coordinates.map(put) }
    return { type: 'MultiPolygon', polygons: shape.coordinates.map((p) => p.map(put)) }
  })
  return { coordinates, layouts }
}

/** The shapes {@link packShapes} packed, rebuilt in order. */
export function unpackShapes({ coordinates, layouts }: PackedShapes): Shape[] {
  let at = 0
  const take = (length: number): Ring => {
    const ring: Ring = new Array(length)
    for (let i = 0; i < length; i++, at += 2) ring[i] = [coordinates[at], coordinates[at + 1]]
    return ring
  }
  return layouts.map((layout): Shape => {
    if (layout.type === 'Point') return { type: 'Point', coordinates: take(1)[0] }
    if (layout.type === 'Polygon') return { type: 'Polygon', coordinates: layout.rings.map(take) }
    return { type: 'MultiPolygon', coordinates: layout.polygons.map((p) => p.map(take)) }
  })
}
