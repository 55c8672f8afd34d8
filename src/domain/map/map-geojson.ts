import { ringsOf, type Shape } from './geometry'
import type { LayerShape, SchematicTile } from './map-layer'
import { tileShape } from './schematic'
import { simplifyShape } from './simplify'

/** Drawn corners closer than this share of the map's extent are left out: about a third of a pixel on a projector. */
export const DRAWING_DETAIL = 1 / 5000

/** The name the township boundary's feature carries in a drawn map (never a village id). */
export const TOWNSHIP_FEATURE = '__township__'

/** A GeoJSON FeatureCollection as ECharts' registerMap takes it: each feature's `name` is a village id. */
export interface DrawnGeoJson {
  type: 'FeatureCollection'
  features: { type: 'Feature'; properties: { name: string }; geometry: Shape }[]
}

function feature(name: string, geometry: Shape) {
  return { type: 'Feature' as const, properties: { name }, geometry }
}

/** The larger side of the shapes' bounding box, in degrees (0 for no polygon). */
export function extentOf(shapes: readonly Shape[]): number {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const shape of shapes)
    for (const ring of ringsOf(shape))
      for (const [x, y] of ring) {
        if (x < minX) minX = x
        if (x > maxX) maxX = x
        if (y < minY) minY = y
        if (y > maxY) maxY = y
      }
  return maxX >= minX ? Math.max(maxX - minX, maxY - minY) : 0
}

/**
 * The village areas (and the township boundary first, so villages are drawn over it) as one FeatureCollection
 * named by village id, for ECharts' `registerMap`; rings are simplified to {@link DRAWING_DETAIL} of the extent, so
 * 60 surveyed boundaries of 2,000 corners each draw (and redraw on every replay step) as a few hundred each.
 */
export function geographicMap(areas: readonly LayerShape[], township?: Shape): DrawnGeoJson {
  const polygons = areas.filter((a) => a.shape.type !== 'Point')
  const tolerance = extentOf([...polygons.map((a) => a.shape), ...(township ? [township] : [])]) * DRAWING_DETAIL
  return {
    type: 'FeatureCollection',
    features: [
      ...(township ? [feature(TOWNSHIP_FEATURE, simplifyShape(township, tolerance))] : []),
      ...polygons.map((a) => feature(a.villageId, simplifyShape(a.shape, tolerance))),
    ],
  }
}

/** The schematic as a FeatureCollection of square tiles named by village id. */
export function schematicMap(tiles: readonly SchematicTile[]): DrawnGeoJson {
  return { type: 'FeatureCollection', features: tiles.map((t) => feature(t.villageId, tileShape(t))) }
}
