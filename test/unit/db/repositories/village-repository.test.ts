import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import type { Problem } from '@/domain/common/result'
import { ValidationError } from '@/domain/common/result'
import type { VillageInput } from '@/domain/township/village'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import {
  createVillage,
  findVillagesByCodes,
  getVillage,
  listActiveVillages,
  listVillages,
  setVillageRetired,
  updateVillage,
  upsertVillagesByCode,
} from '@/db/repositories/village-repository'

const CLERK: Actor = { id: 'usr_clerk', name: '陈文书' }
let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})

afterEach(async () => {
  await db.delete()
})

function input(code: string, name: string, more: Partial<VillageInput> = {}): VillageInput {
  return {
    code,
    name,
    urbanRuralClass: '220',
    population: 1000,
    households: 300,
    secretary: { name: '王建国', phone: '13800001111' },
    doctor: { name: '', phone: '' },
    grids: [],
    ...more,
  }
}

async function problemsOf(promise: Promise<unknown>): Promise<Problem[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).problems
}

async function seed(): Promise<void> {
  await createVillage(db, input('511826100203', '青龙村'), CLERK)
  await createVillage(db, input('511826100001', '城东社区', { urbanRuralClass: '111' }), CLERK)
  await createVillage(db, input('511826100201', '新华村'), CLERK)
  await createVillage(db, input('511826100002', 'Lucky Garden 社区', { urbanRuralClass: '111' }), CLERK)
  const retired = await createVillage(db, input('511826100202', '王家村'), CLERK)
  await setVillageRetired(db, retired.id, { reason: '并入新华村' }, CLERK)
}

const codesOf = (villages: { code: string }[]) => villages.map((v) => v.code)

describe('listVillages', () => {
  beforeEach(seed)

  it('lists active villages ordered by code, retired ones left out', async () => {
    const page = await listVillages(db, { page: 1, pageSize: 20 })
    expect(codesOf(page.items)).toEqual(['511826100001', '511826100002', '511826100201', '511826100203'])
    expect(page.total).toBe(4)
  })

  it('includes retired villages when asked', async () => {
    const page = await listVillages(db, { includeRetired: true, page: 1, pageSize: 20 })
    expect(page.total).toBe(5)
    expect(page.items.find((v) => v.code === '511826100202')?.retiredReason).toBe('并入新华村')
  })

  it('matches text against the name, case-insensitively, and the code', async () => {
    expect(codesOf((await listVillages(db, { text: '青龙', page: 1, pageSize: 20 })).items)).toEqual(['511826100203'])
    expect(codesOf((await listVillages(db, { text: ' lucky ', page: 1, pageSize: 20 })).items)).toEqual([
      '511826100002',
    ])
    expect(codesOf((await listVillages(db, { text: '100201', page: 1, pageSize: 20 })).items)).toEqual(['511826100201'])
    expect(codesOf((await listVillages(db, { text: '5118261000', page: 1, pageSize: 20 })).items)).toEqual([
      '511826100001',
      '511826100002',
    ])
    expect((await listVillages(db, { text: '王家', page: 1, pageSize: 20 })).total).toBe(0)
    expect((await listVillages(db, { text: '王家', includeRetired: true, page: 1, pageSize: 20 })).total).toBe(1)
  })

  it('filters by kind read from the code', async () => {
    const communities = await listVillages(db, { kind: 'community', page: 1, pageSize: 20 })
    expect(codesOf(communities.items)).toEqual(['511826100001', '511826100002'])
    const villages = await listVillages(db, { kind: 'village', includeRetired: true, page: 1, pageSize: 20 })
    expect(codesOf(villages.items)).toEqual(['511826100201', '511826100202', '511826100203'])
  })

  it('pages the filtered list and reports the total the filter matched', async () => {
    const first = await listVillages(db, { includeRetired: true, page: 1, pageSize: 2 })
    const second = await listVillages(db, { includeRetired: true, page: 2, pageSize: 2 })
    const third = await listVillages(db, { includeRetired: true, page: 3, pageSize: 2 })
    expect([first.total, second.total, third.total]).toEqual([5, 5, 5])
    expect(codesOf(first.items)).toEqual(['511826100001', '511826100002'])
    expect(codesOf(second.items)).toEqual(['511826100201', '511826100202'])
    expect(codesOf(third.items)).toEqual(['511826100203'])
    const beyond = await listVillages(db, { page: 9, pageSize: 2 })
    expect(beyond).toEqual({ items: [], total: 4 })
  })
})

describe('createVillage', () => {
  it('adds the village with an id, its kind and order from the code, stamps and an audit line', async () => {
    const village = await createVillage(db, input('511826100001', '城东社区'), CLERK)
    expect(village.id).toMatch(/^vil_/)
    expect(village).toMatchObject({ kind: 'community', sortOrder: 511826100001, createdBy: 'usr_clerk' })
    expect(await getVillage(db, village.id)).toEqual(village)
    const audit = await db.audit.toArray()
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({
      action: 'create',
      entity: 'village',
      entityId: village.id,
      summary: '城东社区 511826100001',
    })
  })

  it('refuses a code another active village holds, naming it, and writes nothing', async () => {
    await createVillage(db, input('511826100201', '新华村'), CLERK)
    const problems = await problemsOf(createVillage(db, input('511826100201', '新民村'), CLERK))
    expect(problems).toEqual([{ field: 'code', code: 'code.taken', params: { value: '511826100201', name: '新华村' } }])
    expect(await db.villages.count()).toBe(1)
    expect(await db.audit.count()).toBe(1)
  })

  it('refuses a code a retired village holds, with its own problem code', async () => {
    const old = await createVillage(db, input('511826100201', '新华村'), CLERK)
    await setVillageRetired(db, old.id, { reason: '撤并' }, CLERK)
    const problems = await problemsOf(createVillage(db, input('511826100201', '新民村'), CLERK))
    expect(problems).toEqual([
      { field: 'code', code: 'code.takenRetired', params: { value: '511826100201', name: '新华村' } },
    ])
    expect(await db.villages.count()).toBe(1)
  })
})

describe('updateVillage', () => {
  it('saves the edit and records exactly the changed fields in the audit entry', async () => {
    const before = await createVillage(db, input('511826100201', '新华村'), CLERK)
    const editor: Actor = { id: 'usr_leader', name: '刘书记' }
    const after = await updateVillage(
      db,
      before.id,
      input('511826100201', '新华村', { population: 1100, doctor: { name: '李医生', phone: '' } }),
      editor,
    )
    expect(after).toMatchObject({ population: 1100, createdBy: 'usr_clerk', updatedBy: 'usr_leader' })
    expect(await getVillage(db, before.id)).toEqual(after)
    const entry = (await db.audit.where('action').equals('update').toArray())[0]
    expect(entry).toMatchObject({ entityId: before.id, actorName: '刘书记' })
    expect(entry.changes).toEqual({
      population: { before: 1000, after: 1100 },
      doctor: { before: { name: '', phone: '' }, after: { name: '李医生', phone: '' } },
    })
  })

  it('recomputes kind and order when the code changes', async () => {
    const before = await createVillage(db, input('511826100201', '新华村'), CLERK)
    const after = await updateVillage(db, before.id, input('511826100005', '新华社区'), CLERK)
    expect(after).toMatchObject({ kind: 'community', sortOrder: 511826100005 })
  })

  it('keeps its own code, but refuses one another village holds', async () => {
    const a = await createVillage(db, input('511826100201', '新华村'), CLERK)
    await createVillage(db, input('511826100202', '王家村'), CLERK)
    await expect(
      updateVillage(db, a.id, input('511826100201', '新华村', { households: 1 }), CLERK),
    ).resolves.toBeTruthy()
    const problems = await problemsOf(updateVillage(db, a.id, input('511826100202', '新华村'), CLERK))
    expect(problems[0]).toMatchObject({ code: 'code.taken', params: { name: '王家村' } })
    expect((await getVillage(db, a.id))?.code).toBe('511826100201')
  })

  it('refuses an unknown id', async () => {
    expect(await problemsOf(updateVillage(db, 'vil_missing', input('511826100201', 'x'), CLERK))).toEqual([
      { field: 'id', code: 'notFound' },
    ])
  })
})

describe('setVillageRetired', () => {
  it('retires with reason and actor, never deleting, and restores without a trace of the retirement', async () => {
    const village = await createVillage(db, input('511826100201', '新华村'), CLERK)
    const retired = await setVillageRetired(db, village.id, { reason: '并入青龙村' }, CLERK)
    expect(retired).toMatchObject({ retiredBy: 'usr_clerk', retiredReason: '并入青龙村' })
    expect(retired.retiredAt).toEqual(expect.any(Number))
    expect(await db.villages.count()).toBe(1)
    expect(await listActiveVillages(db)).toEqual([])

    const restored = await setVillageRetired(db, village.id, false, CLERK)
    expect(restored).not.toHaveProperty('retiredAt')
    expect(restored).not.toHaveProperty('retiredBy')
    expect(restored).not.toHaveProperty('retiredReason')
    expect(await getVillage(db, village.id)).toEqual(restored)
    expect(codesOf(await listActiveVillages(db))).toEqual(['511826100201'])

    const audit = await db.audit.where('[entity+entityId]').equals(['village', village.id]).toArray()
    expect(audit.map((e) => e.action).sort()).toEqual(['create', 'restore', 'retire'])
    expect(audit.find((e) => e.action === 'retire')?.summary).toBe('新华村：并入青龙村')
  })

  it('refuses an unknown id', async () => {
    expect(await problemsOf(setVillageRetired(db, 'vil_missing', false, CLERK))).toEqual([
      { field: 'id', code: 'notFound' },
    ])
  })
})

describe('upsertVillagesByCode', () => {
  const ROWS = [
    { code: '511826100001', name: '城东社区', urbanRuralClass: '111', population: 5321, households: 2012 },
    { code: '511826100201', name: '新华村', urbanRuralClass: '220', population: 1234, households: 410 },
    { code: '511826100204', name: '黎明村', urbanRuralClass: '210' },
  ]

  it('adds new codes with empty contacts and zero for the counts the sheet lacks', async () => {
    expect(await upsertVillagesByCode(db, ROWS, '代码表.xlsx', CLERK)).toEqual({ created: 3, updated: 0, unchanged: 0 })
    const [, , limin] = await listActiveVillages(db)
    expect(limin).toMatchObject({
      code: '511826100204',
      kind: 'village',
      urbanRuralClass: '210',
      population: 0,
      households: 0,
      secretary: { name: '', phone: '' },
      doctor: { name: '', phone: '' },
      grids: [],
    })
    const audit = await db.audit.toArray()
    expect(audit.filter((e) => e.action === 'create')).toHaveLength(3)
    const importLines = audit.filter((e) => e.action === 'import')
    expect(importLines).toHaveLength(1)
    expect(importLines[0]).toMatchObject({
      entity: 'village',
      entityId: '*',
      summary: '代码表.xlsx：新增 3，更新 0，未变 0',
    })
  })

  it('changes nothing and writes no per-row audit lines when the same rows are imported again', async () => {
    await upsertVillagesByCode(db, ROWS, 'a.xlsx', CLERK)
    const villagesBefore = await db.villages.toArray()
    const auditBefore = await db.audit.count()
    expect(await upsertVillagesByCode(db, ROWS, 'a.xlsx', CLERK)).toEqual({ created: 0, updated: 0, unchanged: 3 })
    expect(await db.villages.toArray()).toEqual(villagesBefore)
    const added = (await db.audit.toArray()).length - auditBefore
    expect(added).toBe(1)
    expect(await db.audit.where('action').equals('import').count()).toBe(2)
  })

  it('updates a known code only in the fields the row carries, keeping contacts, grids and stored values', async () => {
    const existing = await createVillage(
      db,
      input('511826100201', '新华村', {
        population: 900,
        households: 333,
        grids: [{ id: 'grd_1', name: '一组', members: [{ name: '张伟', phone: '13900002222' }] }],
      }),
      CLERK,
    )
    const summary = await upsertVillagesByCode(
      db,
      [{ code: '511826100201', name: '新华村', population: 1234 }],
      'b.csv',
      CLERK,
    )
    expect(summary).toEqual({ created: 0, updated: 1, unchanged: 0 })
    const after = await getVillage(db, existing.id)
    expect(after).toMatchObject({
      id: existing.id,
      population: 1234,
      households: 333,
      urbanRuralClass: '220',
      secretary: existing.secretary,
      grids: existing.grids,
    })
    const update = (await db.audit.where('action').equals('update').toArray())[0]
    expect(update).toMatchObject({ entityId: existing.id })
    expect(update.changes).toEqual({ population: { before: 900, after: 1234 } })
  })

  it('counts created, updated and unchanged rows of a mixed import', async () => {
    await upsertVillagesByCode(db, ROWS.slice(0, 2), 'a.xlsx', CLERK)
    const summary = await upsertVillagesByCode(
      db,
      [ROWS[0], { ...ROWS[1], name: '新华新村' }, ROWS[2]],
      'b.xlsx',
      CLERK,
    )
    expect(summary).toEqual({ created: 1, updated: 1, unchanged: 1 })
    expect((await findVillagesByCodes(db, ['511826100201']))[0].name).toBe('新华新村')
    expect(await db.villages.count()).toBe(3)
  })

  it('runs in one transaction: a row the database refuses rolls back every row and audit line', async () => {
    await createVillage(db, input('511826100001', '城东社区'), CLERK)
    const before = { villages: await db.villages.toArray(), audit: await db.audit.count() }
    const rows = [
      { code: '511826100001', name: '城东社区（改）' },
      { code: '511826100201', name: '新华村' },
      // The same new code twice: the unique index refuses the second add.
      { code: '511826100203', name: '青龙村' },
      { code: '511826100203', name: '青龙村' },
    ]
    await expect(upsertVillagesByCode(db, rows, 'bad.xlsx', CLERK)).rejects.toThrow()
    expect(await db.villages.toArray()).toEqual(before.villages)
    expect(await db.audit.count()).toBe(before.audit)
  })
})
