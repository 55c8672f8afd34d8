import type { Actor } from '@/domain/accounts/user'
import type { MapLayer, MapLayerKind, SchematicTile } from '@/domain/map/map-layer'
import { DEFAULT_MAP_SETTINGS, type MapSettings } from '@/domain/map/map-settings'
import type { CommandPostDatabase } from '../database'
import { note, writeWithAudit } from '../write'

/** Every stored layer (at most one per kind). */
export function listMapLayers(db: CommandPostDatabase): Promise<MapLayer[]> {
  return db.mapLayers.toArray()
}

/** One layer, or undefined. */
export function getMapLayer(db: CommandPostDatabase, kind: MapLayerKind): Promise<MapLayer | undefined> {
  return db.mapLayers.get(kind)
}

/** Saves a layer in place of the one of its kind, with an audit line naming the file and its system. */
export function saveMapLayer(
  db: CommandPostDatabase,
  layer: Omit<MapLayer, 'savedAt' | 'savedBy'>,
  summary: string,
  actor: Actor,
): Promise<MapLayer> {
  return writeWithAudit(db, actor, [db.mapLayers], async (ctx) => {
    const saved: MapLayer = { ...layer, savedAt: ctx.now, savedBy: actor.id }
    await db.mapLayers.put(saved)
    await ctx.audit(note('import', 'mapLayer', layer.id, summary))
    return saved
  })
}

/** The schematic tiles saved so far. */
export function listSchematicTiles(db: CommandPostDatabase): Promise<SchematicTile[]> {
  return db.schematicTiles.toArray()
}

/** Saves the whole arrangement of tiles (one audit line for the arrangement, not one per tile). */
export function saveSchematicTiles(db: CommandPostDatabase, tiles: SchematicTile[], actor: Actor): Promise<void> {
  return writeWithAudit(db, actor, [db.schematicTiles], async (ctx) => {
    await db.schematicTiles.bulkPut(tiles)
    await ctx.audit(note('update', 'mapLayer', 'schematic', `示意图 ${tiles.length} 个村（社区）`))
  })
}

/** The map's settings, defaults when never saved. */
export async function getMapSettings(db: CommandPostDatabase): Promise<MapSettings> {
  return (await db.mapSettings.get('map')) ?? DEFAULT_MAP_SETTINGS
}

/** Saves the map's settings, recording what changed. */
export function saveMapSettings(db: CommandPostDatabase, settings: MapSettings, actor: Actor): Promise<MapSettings> {
  return writeWithAudit(db, actor, [db.mapSettings], async (ctx) => {
    const before = await getMapSettings(db)
    await db.mapSettings.put(settings)
    const changes = { labelSet: { before: before.labelSet, after: settings.labelSet } }
    await ctx.audit(note('update', 'mapSettings', 'map', '地图设置', changes))
    return settings
  })
}

/** Puts tiles without an audit line: for the demo township, inside its own setup transaction. */
export async function putSchematicTilesInBulk(db: CommandPostDatabase, tiles: SchematicTile[]): Promise<void> {
  await db.schematicTiles.bulkPut(tiles)
}
