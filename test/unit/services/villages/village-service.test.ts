import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { SYSTEM_ACTOR } from '@/domain/accounts/user'
import { ValidationError, type Problem } from '@/domain/common/result'
import type { VillageInput } from '@/domain/township/village'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { saveTownship } from '@/db/repositories/township-repository'
import { getVillage, listActiveVillages } from '@/db/repositories/village-repository'
import { normalizeVillage, restoreVillage, retireVillage, saveVillage } from '@/services/villages/village-service'

const CLERK: Actor = { id: 'usr_clerk', name: '陈文书' }
let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})

afterEach(async () => {
  await db.delete()
})

async function setUpTownship(): Promise<void> {
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
}

function input(more: Partial<VillageInput> = {}): VillageInput {
  return {
    code: '511826100201',
    name: '新华村',
    urbanRuralClass: '220',
    population: 1234,
    households: 410,
    secretary: { name: '王建国', phone: '13800001111' },
    doctor: { name: '李秀英', phone: '' },
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

describe('normalizeVillage', () => {
  it('strips +86, spaces and dashes from mobile numbers and keeps landlines as typed', () => {
    const village = normalizeVillage(
      input({
        secretary: { name: ' 王建国 ', phone: '+86 138-0000-1111' },
        doctor: { name: '李秀英', phone: ' 0835-2221234 ' },
        grids: [{ id: 'g1', name: '一组', members: [{ name: '张伟', phone: '86 139 0000 2222' }] }],
      }),
    )
    expect(village.secretary).toEqual({ name: '王建国', phone: '13800001111' })
    expect(village.doctor).toEqual({ name: '李秀英', phone: '0835-2221234' })
    expect(village.grids[0].members[0].phone).toBe('13900002222')
  })

  it('trims names and classes, reads a float-suffixed code as text', () => {
    const village = normalizeVillage(input({ code: '511826100201.0', name: ' 新华村 ', urbanRuralClass: ' 220 ' }))
    expect(village).toMatchObject({ code: '511826100201', name: '新华村', urbanRuralClass: '220' })
  })

  it('drops grid members left empty, keeping one with only a name or only a phone', () => {
    const village = normalizeVillage(
      input({
        grids: [
          {
            id: 'g1',
            name: ' 一组 ',
            members: [
              { name: ' ', phone: ' ' },
              { name: '张伟', phone: '' },
              { name: '', phone: '13900002222' },
              { name: '', phone: '' },
            ],
          },
        ],
      }),
    )
    expect(village.grids).toEqual([
      {
        id: 'g1',
        name: '一组',
        members: [
          { name: '张伟', phone: '' },
          { name: '', phone: '13900002222' },
        ],
      },
    ])
  })
})

describe('saveVillage', () => {
  it('refuses before the township is set up', async () => {
    expect(await problemsOf(saveVillage(db, undefined, input(), CLERK))).toEqual([{ field: 'setup', code: 'notSetUp' }])
    expect(await db.villages.count()).toBe(0)
  })

  it('adds a normalised village, then edits it by id', async () => {
    await setUpTownship()
    const created = await saveVillage(
      db,
      undefined,
      input({ secretary: { name: '王建国', phone: '138 0000 1111' } }),
      CLERK,
    )
    expect(created.secretary.phone).toBe('13800001111')
    expect(await getVillage(db, created.id)).toEqual(created)

    const edited = await saveVillage(db, created.id, input({ name: ' 新华新村 ', population: 1300 }), CLERK)
    expect(edited).toMatchObject({ id: created.id, name: '新华新村', population: 1300 })
    expect(await db.villages.count()).toBe(1)
    const update = await db.audit.where('action').equals('update').first()
    expect(update?.changes).toMatchObject({ name: { before: '新华村', after: '新华新村' } })
  })

  it('refuses with every problem found and writes nothing', async () => {
    await setUpTownship()
    const auditBefore = await db.audit.count()
    const problems = await problemsOf(
      saveVillage(
        db,
        undefined,
        input({
          code: '511826101201',
          name: ' ',
          population: -1,
          urbanRuralClass: '999',
          secretary: { name: '王建国', phone: '12345' },
          grids: [
            { id: 'g1', name: '一组', members: [] },
            { id: 'g2', name: ' 一组 ', members: [] },
          ],
        }),
        CLERK,
      ),
    )
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'code:code.outside',
      'name:required',
      'population:wholeNumber',
      'urbanRuralClass:urbanRuralClass',
      'secretary.phone:phone',
      'grids.1.name:gridDuplicate',
    ])
    expect(await db.villages.count()).toBe(0)
    expect(await db.audit.count()).toBe(auditBefore)
  })

  it('refuses the township’s own code as a village', async () => {
    await setUpTownship()
    expect(await problemsOf(saveVillage(db, undefined, input({ code: '511826100000' }), CLERK))).toEqual([
      { field: 'code', code: 'code.notVillage', params: { value: '511826100000' } },
    ])
  })

  it('passes on the repository’s refusal of a taken code', async () => {
    await setUpTownship()
    await saveVillage(db, undefined, input(), CLERK)
    const problems = await problemsOf(saveVillage(db, undefined, input({ name: '新民村' }), CLERK))
    expect(problems.map((p) => p.code)).toEqual(['code.taken'])
    expect(await db.villages.count()).toBe(1)
  })
})

describe('retireVillage and restoreVillage', () => {
  it('needs a reason: a blank one is refused (as a rejected promise) and nothing changes', async () => {
    await setUpTownship()
    const village = await saveVillage(db, undefined, input(), CLERK)
    expect(await problemsOf(retireVillage(db, village.id, '   ', CLERK))).toEqual([
      { field: 'reason', code: 'required' },
    ])
    expect((await getVillage(db, village.id))?.retiredAt).toBeUndefined()
  })

  it('retires with the trimmed reason and restores', async () => {
    await setUpTownship()
    const village = await saveVillage(db, undefined, input(), CLERK)
    const retired = await retireVillage(db, village.id, ' 并入青龙村 ', CLERK)
    expect(retired.retiredReason).toBe('并入青龙村')
    expect(await listActiveVillages(db)).toEqual([])
    await restoreVillage(db, village.id, CLERK)
    expect((await listActiveVillages(db)).map((v) => v.id)).toEqual([village.id])
  })
})
