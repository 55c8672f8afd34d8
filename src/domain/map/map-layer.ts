import type { Instant } from '../common/entity'
import type { CoordinateSystem } from './coordinates'
import type { Shape } from './geometry'

/**
 * The map's layers: the township boundary 乡镇边界, the villages' areas 村域 (from a file, or built from points),
 * and the villages' points 村委会位置. One layer of each kind; an import replaces it (the audit log keeps who did).
 */
export type MapLayerKind = 'township' | 'villageAreas' | 'villagePoints'

/** All layer kinds. */
export const MAP_LAYER_KINDS: readonly MapLayerKind[] = ['township', 'villageAreas', 'villagePoints']

/** A village's geometry in a layer. The township layer has one shape with `villageId: ''`. */
export interface LayerShape {
  villageId: string
  shape: Shape
}

/** One stored layer. Geometry is always WGS-84 (STORED_SYSTEM); `sourceSystem` records what the file was in. */
export interface MapLayer {
  /** The kind is the id: one layer per kind. */
  id: MapLayerKind
  shapes: LayerShape[]
  /** How the layer came to be: a file's name, or `voronoi` for areas built from points. */
  origin: 'file' | 'voronoi'
  fileName: string
  /** The coordinate system the user declared for the file. */
  sourceSystem: CoordinateSystem
  savedAt: Instant
  savedBy: string
}

/** A village's tile on the schematic map: column and row from the top-left, whole numbers. */
export interface SchematicTile {
  /** The village's id is the key: one tile per village. */
  villageId: string
  col: number
  row: number
}
