import { can, type Role } from '@/domain/accounts/roles'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import {
  planMapImport,
  shapesToSave,
  type ImportTarget,
  type MapImportPreview,
  type ReviewChoices,
} from '@/domain/map/import-plan'
import type { MapLayer } from '@/domain/map/map-layer'
import type { CommandPostDatabase } from '@/db/database'
import { saveMapLayer } from '@/db/repositories/map-layer-repository'
import { listActiveVillages } from '@/db/repositories/village-repository'
import type { PreparedFile } from './read-geometry-file'

/** Refuses a role that may not change the map's geometry (`map.editGeometry`). */
export function refuseUnlessGeometryEditor(role: Role): void {
  if (!can(role, 'map.editGeometry')) throw new ValidationError([{ field: 'file', code: 'mapImport.forbidden' }])
}

/** The review of a prepared file against the township's active villages. */
export async function previewMapImport(
  db: CommandPostDatabase,
  file: PreparedFile,
  target: ImportTarget,
): Promise<MapImportPreview> {
  return planMapImport(file, target, await listActiveVillages(db))
}

const SYSTEM_NAMES = { wgs84: 'WGS-84', cgcs2000: 'CGCS2000', gcj02: 'GCJ-02', bd09: 'BD-09' } as const

/**
 * Saves the reviewed features as the layer of their kind (replacing the previous one) in one transaction with
 * its audit line; the layer records the file and the coordinate system the user declared. Nothing is saved when
 * the review leaves nothing to save or gives one village two features.
 */
export async function commitMapImport(
  db: CommandPostDatabase,
  preview: MapImportPreview,
  choices: ReviewChoices,
  actor: Actor,
  role: Role,
): Promise<MapLayer> {
  refuseUnlessGeometryEditor(role)
  const result = shapesToSave(preview, choices)
  if ('problem' in result) throw new ValidationError([result.problem])
  const summary = `${preview.fileName}（${SYSTEM_NAMES[preview.system]}，${result.shapes.length} 个）`
  const layer = {
    id: preview.layerKind,
    shapes: result.shapes,
    origin: 'file' as const,
    fileName: preview.fileName,
    sourceSystem: preview.system,
  }
  return saveMapLayer(db, layer, summary, actor)
}
