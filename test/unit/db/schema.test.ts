import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '@/db/database'
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '@/db/schema'
import { V1_ROWS } from '../../fixtures/db/v1'
import { V2_ROWS } from '../../fixtures/db/v2'
import { V3_ROWS } from '../../fixtures/db/v3'
import { V4_ROWS } from '../../fixtures/db/v4'
import { V5_ROWS } from '../../fixtures/db/v5'
import { V6_ROWS } from '../../fixtures/db/v6'
import { V7_ROWS } from '../../fixtures/db/v7'
import { V8_ROWS } from '../../fixtures/db/v8'
import { V9_ROWS } from '../../fixtures/db/v9'
import { V10_ROWS } from '../../fixtures/db/v10'
import { V16_ROWS } from '../../fixtures/db/v16'
import { V17_ROWS } from '../../fixtures/db/v17'
import { V18_ROWS } from '../../fixtures/db/v18'
import { V19_ROWS } from '../../fixtures/db/v19'
import { V20_ROWS } from '../../fixtures/db/v20'
import { V21_ROWS } from '../../fixtures/db/v21'
import { V22_ROWS } from '../../fixtures/db/v22'
import { V23_ROWS } from '../../fixtures/db/v23'
import { V24_ROWS } from '../../fixtures/db/v24'
import { V15_ROWS } from '../../fixtures/db/v15'
import { V14_ROWS } from '../../fixtures/db/v14'
import { V12_ROWS } from '../../fixtures/db/v12'
import { V13_ROWS } from '../../fixtures/db/v13'
import { V11_ROWS } from '../../fixtures/db/v11'

// Every version the app ever shipped, with the rows it wrote: each must open under today's schema with nothing
// lost. A new schema version adds its fixture here.
const FIXTURES: Record<number, Record<string, object[]>> = {
  1: V1_ROWS,
  2: V2_ROWS,
  3: V3_ROWS,
  4: V4_ROWS,
  5: V5_ROWS,
  6: V6_ROWS,
  7: V7_ROWS,
  8: V8_ROWS,
  9: V9_ROWS,
  10: V10_ROWS,
  16: V16_ROWS,
  17: V17_ROWS,
  18: V18_ROWS,
  19: V19_ROWS,
  20: V20_ROWS,
  21: V21_ROWS,
  22: V22_ROWS,
  23: V23_ROWS,
  24: V24_ROWS,
  15: V15_ROWS,
  14: V14_ROWS,
  12: V12_ROWS,
  13: V13_ROWS,
  11: V11_ROWS,
}
const opened: Dexie[] = []

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close()
    await Dexie.delete(db.name)
  }
})

/** Writes a fixture with exactly the schema of one old version, as that version of the app would have. */
async function writeOldDatabase(version: number, name: string): Promise<void> {
  const old = new Dexie(name)
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) old.version(v.version).stores(v.stores)
  await old.open()
  for (const [table, rows] of Object.entries(FIXTURES[version])) await old.table(table).bulkAdd(rows)
  old.close()
}

describe('schema versions', () => {
  it('are strictly increasing and each has a fixture', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(new Set(versions).size).toBe(versions.length)
    expect(CURRENT_SCHEMA_VERSION).toBe(versions.at(-1))
    for (const version of versions) expect(FIXTURES[version], `fixture of version ${version}`).toBeDefined()
  })

  it.each(SCHEMA_VERSIONS.map((v) => v.version))(
    'a database of version %i opens today with every row',
    async (version) => {
      const name = `migrate-${version}-${crypto.randomUUID()}`
      await writeOldDatabase(version, name)
      const db = await openDatabase(name)
      opened.push(db)
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
      for (const [table, rows] of Object.entries(FIXTURES[version])) {
        // The counters are derived, and a later version may add some (v23's per day): checked below.
        if (table === 'tallies') continue
        expect(await db.table(table).count(), table).toBe(rows.length)
      }
      const village = await db.villages.where('code').equals('511826100201').first()
      expect(village?.grids[0].members[0].name).toBe('张三')
      // The people tables exist from v2 on, with the indexes the lists read; a v1 database gets them empty.
      expect(db.persons.schema.indexes.map((i) => i.name)).toEqual(
        expect.arrayContaining([
          '[documentType+documentNumber]',
          'searchKeys',
          'kindKeys',
          '[villageId+latestArrival]',
        ]),
      )
      expect(db.persons.schema.indexes.map((i) => i.name)).not.toContain('name')
      if (version < 2) expect(await db.persons.count()).toBe(0)
      // v17 rebuilt the kind keys without the per-grid key; the kind filter's keys are still there.
      for (const row of await db.persons.toArray()) {
        expect(row.kindKeys?.filter((key) => key.includes('|g:')) ?? []).toEqual([])
        if (row.episodeKinds) expect(row.kindKeys).toHaveLength(row.episodeKinds.length * 2)
      }
      if (version >= 2) expect(await db.persons.where('kindKeys').startsWith('returnee|*|').count()).toBe(1)
      // v18 rewrote the search keys: the number's trailing digits through one reversed key, no last-4 key.
      if (version >= 2) {
        expect(await db.persons.where('searchKeys').startsWith('~x321').count()).toBe(1)
        expect(await db.persons.where('searchKeys').equals('123x').count()).toBe(0)
      }
      expect(db.episodes.schema.indexes.map((i) => i.name)).not.toContain('kind')
      // v19 indexes every episode already there by category and instant (累计排查 counts on it).
      expect(await db.episodes.orderBy('[kind+createdAt]').count()).toBe(await db.episodes.count())
      // v20 counted them by category into the maintained tallies (a v1 database has none).
      const tallies = await db.tallies.toArray()
      // v23 counted them by category and day of registration too, v24 the person rows and the listed people by
      // village (the merged person counts in no village).
      expect(tallies).toEqual(
        version < 2
          ? []
          : [
              { key: 'episodes.kind:returnee', count: 1 },
              { key: 'episodes.kindDay:returnee|2023-11-15', count: 1 },
              { key: 'persons.rows:all', count: 2 },
              { key: 'persons.village:vil_01HF0000000000000000000001', count: 1 },
            ],
      )
      // v21 indexes the county-list rows by when they were received and verified (today's change of the lists).
      expect(db.countyListRows.schema.indexes.map((i) => i.name)).toEqual(
        expect.arrayContaining(['createdAt', 'verifiedAt']),
      )
      expect(db.nucleicTests.schema.indexes.map((i) => i.name)).toContain('closedAt')
    },
  )

  it('carries the v2 people register forward: found by number, listed by its list fields', async () => {
    const name = `migrate-people-${crypto.randomUUID()}`
    await writeOldDatabase(2, name)
    const db = await openDatabase(name)
    opened.push(db)
    const found = await db.persons
      .where('[documentType+documentNumber]')
      .equals(['resident-id', '51182619900307123X'])
      .first()
    expect(found?.name).toBe('张伟华')
    expect(await db.persons.where('searchKeys').startsWith('zw').count()).toBe(1)
    expect(await db.persons.where('[needsChecking+latestArrival]').between([1, ''], [1, '\uffff']).count()).toBe(1)
    expect(await db.persons.where('kindKeys').startsWith('returnee|v:vil_01HF0000000000000000000001|').count()).toBe(1)
    expect(await db.episodes.where('personId').equals('per_01HF0000000000000000000001').count()).toBe(1)
    expect(await db.duplicateReviews.where('status').equals('merged').count()).toBe(1)
  })

  it('v20 counts the episodes there and the middleware counts every write after the upgrade', async () => {
    const name = `migrate-tallies-${crypto.randomUUID()}`
    await writeOldDatabase(19, name)
    const db = await openDatabase(name)
    opened.push(db)
    const [first] = await db.episodes.toArray()
    await db.episodes.add({ ...first, id: 'epi_second', kind: 'inbound' })
    await db.episodes.put({ ...first, kind: 'close-contact' })
    expect(await db.tallies.toArray()).toEqual(
      expect.arrayContaining([
        { key: 'episodes.kind:returnee', count: 0 },
        { key: 'episodes.kind:inbound', count: 1 },
        { key: 'episodes.kind:close-contact', count: 1 },
      ]),
    )
  })
})
