import { afterEach, describe, expect, it, vi } from 'vitest'
import { SYSTEM_ACTOR } from '@/domain/accounts/user'
import { CommandPostDatabase, DATABASE_NAME, openDatabase } from '@/db/database'
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '@/db/schema'
import { listAudit } from '@/db/repositories/audit-repository'
import { getTownship, saveTownship } from '@/db/repositories/township-repository'
import { createUser, findUserByName } from '@/db/repositories/user-repository'
import { createVillage, listActiveVillages } from '@/db/repositories/village-repository'
import { hashPassword } from '@/services/accounts/password-hash'

const open: CommandPostDatabase[] = []

async function fresh(name = `test-${crypto.randomUUID()}`): Promise<CommandPostDatabase> {
  const db = await openDatabase(name)
  open.push(db)
  return db
}

afterEach(async () => {
  for (const db of open.splice(0)) await db.delete()
})

const TOWNSHIP = {
  name: '芦阳镇',
  code: '511826100000',
  countyName: '芦山县',
  reportWindow: { startTime: '11:00', endTime: '11:00', deadline: '11:30' },
  idleLockMinutes: 15,
}

function village(code: string, name: string) {
  return {
    code,
    name,
    urbanRuralClass: '220',
    population: 1200,
    households: 400,
    secretary: { name: '王建国', phone: '13800001111' },
    doctor: { name: '李秀英', phone: '' },
    grids: [{ id: 'grd_1', name: '一组', members: [{ name: '张伟', phone: '13900002222' }] }],
  }
}

describe('openDatabase', () => {
  it('is called command-post by default, the name every record of the app lives under', () => {
    expect(DATABASE_NAME).toBe('command-post')
    expect(new CommandPostDatabase().name).toBe('command-post')
  })

  it('opens the database at the current schema version with every table', async () => {
    const db = await fresh()
    expect(db.isOpen()).toBe(true)
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'audit',
      'countyListRows',
      'countyLists',
      'duplicateReviews',
      'episodes',
      'importMappings',
      'persons',
      'settings',
      'stockBalances',
      'stockDocuments',
      'stockLocations',
      'stockMovements',
      'supplyDays',
      'supplyItems',
      'supplyTotals',
      'users',
      'villages',
    ])
  })

  it('declares the indexes the repositories query by, with village codes and user names unique', async () => {
    const db = await fresh()
    const villageCode = db.villages.schema.idxByName.code
    expect(villageCode.unique).toBe(true)
    expect(db.users.schema.idxByName.name.unique).toBe(true)
    expect(Object.keys(db.villages.schema.idxByName)).toEqual(
      expect.arrayContaining(['code', 'name', 'sortOrder', 'retiredAt']),
    )
    expect(Object.keys(db.audit.schema.idxByName)).toEqual(expect.arrayContaining(['at', '[entity+entityId]']))
    expect(db.settings.schema.primKey.keyPath).toBe('id')
  })

  it('asks for strict durability, and passes it to every IndexedDB write transaction', async () => {
    // Dexie binds IDBDatabase.transaction when it opens, so the spy goes on the prototype first.
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction')
    try {
      const db = await fresh()
      expect(db._options.chromeTransactionDurability).toBe('strict')
      await saveTownship(db, TOWNSHIP, SYSTEM_ACTOR)
      const writes = transaction.mock.calls.filter((call) => call[1] === 'readwrite')
      expect(writes.length).toBeGreaterThan(0)
      for (const call of writes) expect(call[2]).toMatchObject({ durability: 'strict' })
    } finally {
      transaction.mockRestore()
    }
  })

  it('refuses a second village with the same code at the database level', async () => {
    const db = await fresh()
    const stamps = {
      kind: 'village' as const,
      sortOrder: 1,
      createdAt: 1,
      createdBy: 'x',
      updatedAt: 1,
      updatedBy: 'x',
    }
    await db.villages.add({ ...village('511826100201', '新华村'), id: 'vil_a', ...stamps })
    await expect(db.villages.add({ ...village('511826100201', '王家村'), id: 'vil_b', ...stamps })).rejects.toThrow()
    expect(await db.villages.count()).toBe(1)
  })
})

describe('CURRENT_SCHEMA_VERSION', () => {
  it('is the newest of the schema versions, which only ever go up', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version)
    expect(CURRENT_SCHEMA_VERSION).toBe(Math.max(...versions))
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(new Set(versions).size).toBe(versions.length)
  })
})

describe('persistence', () => {
  it('data survives closing and reopening the database', async () => {
    const name = `test-${crypto.randomUUID()}`
    const first = await openDatabase(name)
    await saveTownship(first, TOWNSHIP, SYSTEM_ACTOR)
    await createVillage(first, village('511826100201', '新华村'), SYSTEM_ACTOR)
    await createVillage(first, village('511826100001', '城东社区'), SYSTEM_ACTOR)
    const admin = await createUser(
      first,
      { name: '管理员', role: 'admin', password: await hashPassword('2468', 1000) },
      SYSTEM_ACTOR,
    )
    first.close()
    expect(first.isOpen()).toBe(false)

    const second = await fresh(name)
    expect(await getTownship(second)).toMatchObject({ name: '芦阳镇', code: '511826100000', countyName: '芦山县' })
    const villages = await listActiveVillages(second)
    expect(villages.map((v) => [v.code, v.name, v.kind])).toEqual([
      ['511826100001', '城东社区', 'community'],
      ['511826100201', '新华村', 'village'],
    ])
    expect(villages[1].grids[0].members[0]).toEqual({ name: '张伟', phone: '13900002222' })
    expect(await findUserByName(second, '管理员')).toEqual(admin)
    const audit = await listAudit(second, { page: 1, pageSize: 10 })
    expect(audit.total).toBe(4)
    expect(audit.items.map((e) => e.action).sort()).toEqual(['create', 'create', 'create', 'setup'])
  })
})
