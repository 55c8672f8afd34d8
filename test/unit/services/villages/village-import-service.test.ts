import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SYSTEM_ACTOR, type Actor } from '@/domain/accounts/user'
import { ValidationError, type Problem } from '@/domain/common/result'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { saveTownship } from '@/db/repositories/township-repository'
import { createVillage, listActiveVillages, updateVillage } from '@/db/repositories/village-repository'
import { commitVillageImport, previewVillageImport } from '@/services/villages/village-import-service'

// The fixtures are described in test/fixtures/villages/make-fixtures.mjs: township 511826100000 (芦阳镇).
// Vitest runs from the repository root; under happy-dom import.meta.url is not a file URL.
const fixture = (name: string) => new Uint8Array(readFileSync(resolve('test/fixtures/villages', name)))
const CLERK: Actor = { id: 'usr_clerk', name: '陈文书' }
const CODES = [
  '511826100001',
  '511826100002',
  '511826100003',
  '511826100201',
  '511826100202',
  '511826100203',
  '511826100204',
]
const CLEAN_FILES = [
  'national-text-codes.xlsx',
  'national-text-codes.xls',
  'numeric-codes.xlsx',
  'utf8-bom.csv',
  'gbk.csv',
]
let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
  await saveTownship(
    db,
    {
      name: '芦阳镇',
      code: '511826100000',
      countyName: '芦山县',
      reportWindow: { startTime: '11:00', endTime: '11:00', deadline: '11:30' },
      idleLockMinutes: 15,
    },
    SYSTEM_ACTOR,
  )
})

afterEach(async () => {
  await db.delete()
})

async function snapshot() {
  return { villages: await db.villages.toArray(), audit: await db.audit.count() }
}

async function importFile(name: string) {
  return commitVillageImport(db, await previewVillageImport(db, name, fixture(name)), CLERK)
}

async function problemsOf(promise: Promise<unknown>): Promise<Problem[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).problems
}

describe('previewVillageImport', () => {
  it('reads and checks the sheet, says what each row would do, and writes nothing', async () => {
    const before = await snapshot()
    const preview = await previewVillageImport(db, 'national-text-codes.xlsx', fixture('national-text-codes.xlsx'))
    expect(preview.fileName).toBe('national-text-codes.xlsx')
    expect(preview.sheet.rows.map((r) => r.code)).toEqual(CODES)
    expect(preview.actions).toEqual(CODES.map(() => 'create'))
    expect(await snapshot()).toEqual(before)
  })

  it('tells new, changed and identical rows apart against the register', async () => {
    await createVillage(
      db,
      {
        code: '511826100201',
        name: '新华村',
        urbanRuralClass: '220',
        population: 1234,
        households: 410,
        secretary: { name: '', phone: '' },
        doctor: { name: '', phone: '' },
        grids: [],
      },
      CLERK,
    )
    await createVillage(
      db,
      {
        code: '511826100202',
        name: '王家村',
        urbanRuralClass: '220',
        population: 1,
        households: 301,
        secretary: { name: '', phone: '' },
        doctor: { name: '', phone: '' },
        grids: [],
      },
      CLERK,
    )
    const preview = await previewVillageImport(db, 'utf8-bom.csv', fixture('utf8-bom.csv'))
    const byCode = Object.fromEntries(preview.sheet.rows.map((row, i) => [row.code, preview.actions[i]]))
    expect(byCode).toMatchObject({ '511826100201': 'same', '511826100202': 'update', '511826100001': 'create' })
  })

  it('refuses before the township is set up', async () => {
    await db.settings.clear()
    expect(await problemsOf(previewVillageImport(db, 'gbk.csv', fixture('gbk.csv')))).toEqual([
      { field: 'setup', code: 'notSetUp' },
    ])
  })
})

describe('commitVillageImport', () => {
  it.each(CLEAN_FILES)('imports the seven villages of %s, with audit lines, as the clerk', async (name) => {
    expect(await importFile(name)).toEqual({ created: 7, updated: 0, unchanged: 0 })
    const villages = await listActiveVillages(db)
    expect(villages.map((v) => v.code)).toEqual(CODES)
    expect(villages[0]).toMatchObject({
      name: '城东社区',
      kind: 'community',
      urbanRuralClass: '111',
      population: 5321,
      households: 2012,
      createdBy: 'usr_clerk',
    })
    expect(villages[6]).toMatchObject({ name: '黎明村', kind: 'village', urbanRuralClass: '210' })
    expect(await db.audit.where('action').equals('create').count()).toBe(7)
    const [line] = await db.audit.where('action').equals('import').toArray()
    expect(line).toMatchObject({ actorId: 'usr_clerk', summary: `${name}：新增 7，更新 0，未变 0` })
  })

  it.each(CLEAN_FILES)('changes nothing when %s is imported a second time', async (name) => {
    await importFile(name)
    const before = await snapshot()
    expect(await importFile(name)).toEqual({ created: 0, updated: 0, unchanged: 7 })
    const after = await snapshot()
    expect(after.villages).toEqual(before.villages)
    // Only the line for the import as a whole: no per-row create or update lines.
    expect(after.audit).toBe(before.audit + 1)
  })

  it('gives the same register from every layout: importing one file after another changes nothing', async () => {
    await importFile('national-text-codes.xlsx')
    for (const name of CLEAN_FILES.slice(1))
      expect(await importFile(name), name).toEqual({ created: 0, updated: 0, unchanged: 7 })
  })

  it('leaves a value alone that the sheet leaves blank', async () => {
    await importFile('national-text-codes.xlsx')
    const limin = (await listActiveVillages(db)).find((v) => v.code === '511826100204')!
    const {
      id,
      kind: _kind,
      sortOrder: _order,
      createdAt: _a,
      createdBy: _b,
      updatedAt: _c,
      updatedBy: _d,
      ...fields
    } = limin
    await updateVillage(db, id, { ...fields, population: 820, households: 260 }, CLERK)
    expect(await importFile('national-text-codes.xlsx')).toEqual({ created: 0, updated: 0, unchanged: 7 })
    expect((await listActiveVillages(db)).find((v) => v.code === '511826100204')).toMatchObject({
      population: 820,
      households: 260,
    })
  })

  it('updates a village whose figures the sheet corrects, recording the change', async () => {
    await importFile('national-text-codes.xlsx')
    const xinhua = (await listActiveVillages(db)).find((v) => v.code === '511826100201')!
    const {
      id,
      kind: _kind,
      sortOrder: _order,
      createdAt: _a,
      createdBy: _b,
      updatedAt: _c,
      updatedBy: _d,
      ...fields
    } = xinhua
    await updateVillage(db, id, { ...fields, population: 1000 }, CLERK)
    expect(await importFile('gbk.csv')).toEqual({ created: 0, updated: 1, unchanged: 6 })
    const line = (await db.audit.where('[entity+entityId]').equals(['village', id]).toArray())
      .filter((e) => e.action === 'update')
      .at(-1)
    expect(line?.changes).toEqual({ population: { before: 1000, after: 1234 } })
  })

  it('imports only the good rows of a messy sheet and reports the others', async () => {
    const preview = await previewVillageImport(db, 'messy.csv', fixture('messy.csv'))
    expect(preview.sheet.rows.map((r) => [r.rowNumber, r.code, r.name])).toEqual([
      [4, '511826100201', '新华村'],
      [7, '511826100203', '青龙村'],
      [11, '511826100001', '城东社区'],
    ])
    expect(preview.sheet.problems.map((p) => [p.rowNumber, p.code])).toEqual([
      [5, 'code.scientific'],
      [6, 'code.outside'],
      [8, 'duplicateInSheet'],
      [10, 'code.wrong-length'],
    ])
    expect(await commitVillageImport(db, preview, CLERK)).toEqual({ created: 3, updated: 0, unchanged: 0 })
    expect((await listActiveVillages(db)).map((v) => v.code)).toEqual(['511826100001', '511826100201', '511826100203'])
  })

  it('refuses a sheet with no code column and writes nothing', async () => {
    const before = await snapshot()
    const preview = await previewVillageImport(db, 'no-code-column.xlsx', fixture('no-code-column.xlsx'))
    expect(preview.sheet.fatal).toBe('noCodeColumn')
    expect(preview.sheet.rows).toEqual([])
    expect(await problemsOf(commitVillageImport(db, preview, CLERK))).toEqual([
      { field: 'file', code: 'fatal.noCodeColumn' },
    ])
    expect(await snapshot()).toEqual(before)
  })

  it.each([
    ['empty.csv', 'file.empty'],
    ['garbage.txt', 'file.unreadable'],
  ])('refuses %s already at preview and writes nothing', async (name, code) => {
    const before = await snapshot()
    expect(await problemsOf(previewVillageImport(db, name, fixture(name)))).toEqual([
      { field: 'file', code, params: { name } },
    ])
    expect(await snapshot()).toEqual(before)
  })

  it('refuses a sheet with no importable row', async () => {
    const preview = await previewVillageImport(
      db,
      'only-township.csv',
      new TextEncoder().encode('统计用区划代码,名称\r\n511826100000,芦阳镇\r\n'),
    )
    expect(preview.sheet.rows).toEqual([])
    expect(preview.sheet.skipped).toEqual([{ rowNumber: 2, reason: 'townshipRow' }])
    const before = await snapshot()
    expect(await problemsOf(commitVillageImport(db, preview, CLERK))).toEqual([
      { field: 'file', code: 'nothingToImport' },
    ])
    expect(await snapshot()).toEqual(before)
  })
})
