import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '@/db/database'
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '@/db/schema'
import { V1_ROWS } from '../../fixtures/db/v1'

// Every version the app ever shipped, with the rows it wrote: each must open under today's schema with nothing
// lost. A new schema version adds its fixture here.
const FIXTURES: Record<number, Record<string, object[]>> = { 1: V1_ROWS }
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
        expect(await db.table(table).count(), table).toBe(rows.length)
      }
      const village = await db.villages.where('code').equals('511826100201').first()
      expect(village?.grids[0].members[0].name).toBe('张三')
    },
  )
})
