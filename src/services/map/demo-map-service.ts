import type { Actor } from '@/domain/accounts/user'
import { generateDemoMap } from '@/domain/demo/demo-map'
import { localToday } from '@/domain/person/dates'
import type { Village } from '@/domain/township/village'
import type { CommandPostDatabase } from '@/db/database'
import { putSchematicTilesInBulk } from '@/db/repositories/map-layer-repository'
import { bulkAddRiskDecisions } from '@/db/repositories/risk-repository'

/**
 * Adds the demo township's schematic tiles and its month of risk decisions. Runs inside the demo's setup
 * transaction, which must include `riskDecisions` and `schematicTiles`.
 */
export async function addDemoMap(db: CommandPostDatabase, villages: readonly Village[], actor: Actor): Promise<void> {
  const demo = generateDemoMap(villages, localToday(), Date.now(), actor.id)
  await putSchematicTilesInBulk(db, demo.tiles)
  await bulkAddRiskDecisions(db, demo.decisions)
}
