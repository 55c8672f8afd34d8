import { SYSTEM_ACTOR } from '@/domain/accounts/user'
import { generateDemoTownship } from '@/domain/demo/demo-township'
import type { Village } from '@/domain/township/village'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { saveTownship } from '@/db/repositories/township-repository'
import { createVillage } from '@/db/repositories/village-repository'

/** A fresh database with the demo township's 20 villages (no people), for the map's service tests. */
export async function demoVillagesDb(): Promise<{ db: CommandPostDatabase; villages: Village[] }> {
  const db = await openDatabase(`test-${crypto.randomUUID()}`)
  const demo = generateDemoTownship()
  await saveTownship(db, demo.township, SYSTEM_ACTOR)
  const villages: Village[] = []
  for (const village of demo.villages) villages.push(await createVillage(db, village, SYSTEM_ACTOR))
  return { db, villages }
}
