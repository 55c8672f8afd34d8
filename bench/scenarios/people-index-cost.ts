import Dexie from 'dexie'
import type { Episode } from '@/domain/person/person'
import type { PersonRow } from '@/db/person-row'
import { roundMs, timed, type Figure } from './scenario'

/** The persons indexes as schema v17 declares them, one entry each (the primary key first). */
const PERSON_INDEXES = [
  'id',
  '[documentType+documentNumber]',
  'updatedAt',
  '*searchKeys',
  '*kindKeys',
  'latestArrival',
  '[villageId+latestArrival]',
  '[gridId+latestArrival]',
  '[latestRisk+latestArrival]',
  '[needsChecking+latestArrival]',
  'nameOrder',
]
const EPISODE_INDEXES = ['id', 'personId', 'createdAt', 'contactOf']

/** The row's search keys as v17 wrote them: the number's last 6 and 4 and each phone's last 4, no reversed keys. */
function withV17SearchKeys(row: PersonRow): PersonRow {
  if (!row.searchKeys) return row
  const number = row.documentNumber.toLowerCase()
  const suffixes = [
    ...(number.length > 6 ? [number.slice(-6)] : []),
    ...(number.length > 4 ? [number.slice(-4)] : []),
    ...row.phones
      .map((p) => p.replace(/\D/g, ''))
      .filter((d) => d.length > 4)
      .map((d) => d.slice(-4)),
  ]
  const kept = row.searchKeys.filter((key) => !key.startsWith('~'))
  return { ...row, searchKeys: [...new Set([...kept, ...suffixes])] }
}

async function writeInto<T>(table: 'persons' | 'episodes', indexes: string[], rows: T[]): Promise<number> {
  const db = new Dexie(`bench-index-cost-${Date.now()}-${Math.random()}`)
  db.version(1).stores({ [table]: indexes.join(', ') })
  await db.open()
  try {
    return (await timed(() => db.table(table).bulkAdd(rows))).ms
  } finally {
    await db.delete()
  }
}

/**
 * What each index of the register costs to write, measured in this browser: the import's person rows (then its
 * episodes) bulk-added into a fresh scratch database with every index, and right after with one index (or v18's
 * search keys replaced by v17's) left out. `people.import.indexCost.<table>.-<index>` is the time saved by leaving it out
 * (the paired full write minus the write without it): pairs, so a load change between variants shifts both
 * writes of a pair alike. Fresh tables are cheaper than the 100k-row register, so only the savings carry over.
 */
export async function indexCostFigures(rows: PersonRow[], episodes: Episode[]): Promise<Figure[]> {
  const figure = (name: string, ms: number): Figure => ({
    name: `people.import.indexCost.${name}`,
    value: roundMs(ms),
    unit: 'ms',
    target: null,
  })
  const figures: Figure[] = []
  const pair = async <T>(
    table: 'persons' | 'episodes',
    all: string[],
    name: string,
    indexes: string[],
    data: T[],
    full: T[],
  ) => {
    const withAll = await writeInto(table, all, full)
    const without = await writeInto(table, indexes, data)
    figures.push(figure(`${table}.all.${name}`, withAll), figure(`${table}.-${name}`, withAll - without))
  }
  // Each register with every index, then without each one in turn.
  const eachIndexOf = async <T>(table: 'persons' | 'episodes', all: string[], data: T[]) => {
    await pair(table, all, 'everyIndex', ['id'], data, data)
    for (const index of all.slice(1))
      await pair(
        table,
        all,
        index,
        all.filter((i) => i !== index),
        data,
        data,
      )
  }
  await eachIndexOf('persons', PERSON_INDEXES, rows)
  // v17's suffix keys instead of v18's reversed ones: a negative saving is what v18 saves.
  await pair('persons', PERSON_INDEXES, 'v17SearchKeys', PERSON_INDEXES, rows.map(withV17SearchKeys), rows)
  await eachIndexOf('episodes', EPISODE_INDEXES, episodes)
  const keys = rows.reduce((n, row) => n + (row.searchKeys?.length ?? 0), 0)
  figures.push({
    name: 'people.import.indexCost.searchKeysPerPerson',
    value: Math.round((keys / rows.length) * 100) / 100,
    unit: 'count',
    target: null,
  })
  return figures
}
