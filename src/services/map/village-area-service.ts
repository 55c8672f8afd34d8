import type { Role } from '@/domain/accounts/roles'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import type { LonLat } from '@/domain/map/coordinates'
import type { LayerShape, MapLayer } from '@/domain/map/map-layer'
import { voronoiAreas } from '@/domain/map/village-areas'
import type { CommandPostDatabase } from '@/db/database'
import { getMapLayer, saveMapLayer } from '@/db/repositories/map-layer-repository'
import { refuseUnlessGeometryEditor } from './map-import-service'

/**
 * Builds the village areas from the village points: Voronoi cells clipped to the township boundary, or to a
 * buffered hull of the points when there is none. Replaces the areas layer (origin `voronoi`). Needs at least
 * two points.
 */
export async function buildVillageAreas(db: CommandPostDatabase, actor: Actor, role: Role): Promise<MapLayer> {
  refuseUnlessGeometryEditor(role)
  const points = await getMapLayer(db, 'villagePoints')
  const located = (points?.shapes ?? []).filter((s) => s.shape.type === 'Point')
  if (located.length < 2) throw new ValidationError([{ field: 'file', code: 'mapImport.needPoints' }])
  const township = await getMapLayer(db, 'township')
  const cells = voronoiAreas(
    located.map((s) => s.shape.coordinates as LonLat),
    township?.shapes[0]?.shape,
  )
  const shapes: LayerShape[] = []
  cells.forEach((shape, i) => shape && shapes.push({ villageId: located[i].villageId, shape }))
  const clip = township ? '乡镇边界' : '外扩凸包'
  const layer = {
    id: 'villageAreas' as const,
    shapes,
    origin: 'voronoi' as const,
    fileName: points!.fileName,
    sourceSystem: points!.sourceSystem,
  }
  return saveMapLayer(db, layer, `由 ${located.length} 个村委会位置生成村域（裁剪到${clip}）`, actor)
}
