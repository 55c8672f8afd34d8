import type { Role } from '@/domain/accounts/roles'
import type { Actor } from '@/domain/accounts/user'
import type { SchematicTile } from '@/domain/map/map-layer'
import { moveTile, placeMissingTiles } from '@/domain/map/schematic'
import type { CommandPostDatabase } from '@/db/database'
import { listSchematicTiles, saveSchematicTiles } from '@/db/repositories/map-layer-repository'
import { listActiveVillages } from '@/db/repositories/village-repository'
import { refuseUnlessGeometryEditor } from './map-import-service'

/** The schematic's tiles for the active villages: the saved ones, and free cells for villages without one. */
export async function loadSchematic(db: CommandPostDatabase): Promise<SchematicTile[]> {
  const villages = await listActiveVillages(db)
  return placeMissingTiles(
    villages.map((v) => v.id),
    await listSchematicTiles(db),
  )
}

/** Moves a village's tile (a tile in the way swaps places) and saves the whole arrangement. */
export async function arrangeTile(
  db: CommandPostDatabase,
  villageId: string,
  cell: { col: number; row: number },
  actor: Actor,
  role: Role,
): Promise<SchematicTile[]> {
  refuseUnlessGeometryEditor(role)
  const tiles = moveTile(
    await loadSchematic(db),
    villageId,
    Math.max(0, Math.round(cell.col)),
    Math.max(0, Math.round(cell.row)),
  )
  await saveSchematicTiles(db, tiles, actor)
  return tiles
}
