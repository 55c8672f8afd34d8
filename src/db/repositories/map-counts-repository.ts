import Dexie from 'dexie'
import type { CommandPostDatabase } from '../database'

/**
 * People on the register per village (listed people only: retired and merged rows carry no list fields), from
 * the `[villageId+latestArrival]` index, one count per village: a few dozen index walks, cheap enough for the map.
 */
export async function countPeopleByVillage(
  db: CommandPostDatabase,
  villageIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  for (const id of villageIds) {
    const count = await db.persons
      .where('[villageId+latestArrival]')
      .between([id, Dexie.minKey], [id, Dexie.maxKey], true, true)
      .count()
    counts.set(id, count)
  }
  return counts
}
