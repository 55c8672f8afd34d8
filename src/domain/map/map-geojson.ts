import type { Shape } from './geometry'
import type { LayerShape, SchematicTile } from './map-layer'
import { tileShape } from './schematic'

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

/**
 * The village areas (and the township boundary first, so villages are drawn over it) as one FeatureCollection
 * named by village id, for ECharts' `registerMap`.
 */
export function geographicMap(areas: readonly LayerShape[], township?: Shape): DrawnGeoJson {
  const polygons = areas.filter((a) => a.shape.type !== 'Point')
  return {
    type: 'FeatureCollection',
    features: [
      ...(township ? [feature(TOWNSHIP_FEATURE, township)] : []),
      ...polygons.map((a) => feature(a.villageId, a.shape)),
    ],
  }
}

/** The schematic as a FeatureCollection of square tiles named by village id. */
export function schematicMap(tiles: readonly SchematicTile[]): DrawnGeoJson {
  return { type: 'FeatureCollection', features: tiles.map((t) => feature(t.villageId, tileShape(t))) }
}
