import Dexie from 'dexie'
import { afterEach, expect, it } from 'vitest'
import { openDatabase } from '@/db/database'
import { findReceivedRecord, listReceivedRecords } from '@/db/repositories/received-pack-repository'
import { SCHEMA_VERSIONS } from '@/db/schema'
import { V10_ROWS } from '../../fixtures/db/v10'

const names: string[] = []
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

it('v14 moves received records written one per row (v10) into chunks, readable as before', async () => {
  const name = `chunks-${crypto.randomUUID()}`
  names.push(name)
  const old = new Dexie(name)
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 10)) old.version(v.version).stores(v.stores)
  await old.open()
  await old.table('packRecords').bulkAdd(V10_ROWS.packRecords)
  old.close()
  const db = await openDatabase(name)
  const [row] = V10_ROWS.packRecords
  expect(await findReceivedRecord(db, row.township, 'persons', row.recordId)).toEqual(row)
  expect(await listReceivedRecords(db, row.township, 'persons', 1, 20, '李')).toEqual({ items: [row], total: 1 })
  expect((await db.packRecords.toArray()).map((chunk) => chunk.id)).toEqual([
    expect.stringMatching(/^511826102000\|persons\|#\d\d$/),
  ])
  db.close()
})
