// The upgrades of the schema versions that transform rows (schema.ts lists every version and points here). Each
// runs inside Dexie's upgrade transaction; never edit a shipped one.
import type { Transaction } from 'dexie'
import { receivedBucket, receivedChunkKey, type ReceivedChunk } from '@/domain/packs/received-chunks'
import { kindKeysOf, searchKeysOf, type PersonRow } from './person-row'
import {
  episodeDayKey,
  PERSON_ROWS_KEY,
  personTallies,
  REGISTRATION_DAY_PREFIX,
  tallyKey,
  VILLAGE_PEOPLE_PREFIX,
  type TallyRow,
} from './tallies'

/**
 * v1 → v2 only adds the people tables: every v1 row is carried over as it is. Kept as a function so the next
 * version that must transform rows (`tx.table('persons').toCollection().modify(…)`) has the shape to copy.
 */
export function upgradeToV2(_tx: Transaction): void {
  // Nothing to transform: v1 had no people.
}

/** v14: received records, one row each until now, move into chunks of a township's table (received-chunks.ts). */
export async function chunkReceivedRecords(tx: Transaction): Promise<void> {
  const table = tx.table('packRecords')
  const rows = (await table.toArray()) as {
    township: string
    table: string
    recordId: string
    updatedAt: number
    packId: string
    record: unknown
  }[]
  if (!rows.length) return
  const chunks = new Map<string, ReceivedChunk>()
  for (const row of rows) {
    const id = receivedChunkKey(row.township, row.table, receivedBucket(row.recordId))
    const chunk = chunks.get(id) ?? { id, township: row.township, table: row.table, records: {} }
    chunk.records[row.recordId] = [row.updatedAt, row.packId, JSON.stringify(row.record)]
    chunks.set(id, chunk)
  }
  await table.clear()
  await table.bulkAdd([...chunks.values()])
}

/**
 * v16 → v17: recomputes every listed person's kind keys without the per-grid key (`kind|g:<grid>|day`): from the
 * row's own episodeKinds, village and latestArrival, as buildPersonRow now writes them. Unlisted rows have none.
 */
export async function upgradeToV17(tx: Transaction): Promise<void> {
  await tx
    .table<PersonRow>('persons')
    .toCollection()
    .modify((row) => {
      if (!row.kindKeys || !row.episodeKinds || row.latestArrival === undefined) return
      row.kindKeys = kindKeysOf(row.episodeKinds, row, row.latestArrival)
    })
}

/**
 * v17 → v18: recomputes every listed person's search keys with one reversed key per number instead of its last
 * 4 and 6 digits, as buildPersonRow now writes them. Unlisted rows have none.
 */
export async function upgradeToV18(tx: Transaction): Promise<void> {
  await tx
    .table<PersonRow>('persons')
    .toCollection()
    .modify((row) => {
      if (!row.searchKeys) return
      row.searchKeys = searchKeysOf(row)
    })
}

/**
 * v19 → v20: counts the episodes already there by category into `tallies` (from the `[kind+createdAt]` keys, no
 * row read); from then on the tally middleware keeps the counts with every write.
 */
export async function upgradeToV20(tx: Transaction): Promise<void> {
  const keys = (await tx.table('episodes').orderBy('[kind+createdAt]').keys()) as unknown as [string, number][]
  const counts = new Map<string, number>()
  for (const [kind] of keys) {
    const key = tallyKey('episodes', 'kind', kind)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  await tx.table<TallyRow>('tallies').bulkPut([...counts].map(([key, count]) => ({ key, count })))
}

/**
 * v22 → v23: counts the episodes already there by category and local day of registration into `tallies`,
 * replacing any day counter an earlier step's writes left; from then on the tally middleware keeps them with
 * every write. Reads the rows (one `getAll`): Dexie walks an index's keys with a cursor, one round trip per key,
 * far slower at 150k episodes than reading them whole.
 */
export async function upgradeToV23(tx: Transaction): Promise<void> {
  const episodes = (await tx.table('episodes').toArray()) as { kind: string; createdAt: number }[]
  const counts = new Map<string, number>()
  for (const episode of episodes) {
    const key = episodeDayKey(episode)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const tallies = tx.table<TallyRow>('tallies')
  await tallies.where('key').startsWith(REGISTRATION_DAY_PREFIX).delete()
  await tallies.bulkPut([...counts].map(([key, count]) => ({ key, count })))
}

/**
 * v23 → v24: counts the people already there, all of them and the listed ones by village, into `tallies` (one
 * `getAll`, as v23 does), replacing any such counter an earlier step's writes left; from then on the tally
 * middleware keeps them.
 */
export async function upgradeToV24(tx: Transaction): Promise<void> {
  const persons = (await tx.table('persons').toArray()) as Record<string, unknown>[]
  const counts = new Map<string, number>()
  for (const person of persons) for (const key of personTallies(person)) counts.set(key, (counts.get(key) ?? 0) + 1)
  const tallies = tx.table<TallyRow>('tallies')
  await tallies.where('key').startsWith(VILLAGE_PEOPLE_PREFIX).delete()
  await tallies.delete(PERSON_ROWS_KEY)
  await tallies.bulkPut([...counts].map(([key, count]) => ({ key, count })))
}
