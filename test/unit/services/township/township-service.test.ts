import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SYSTEM_ACTOR, type Actor } from '@/domain/accounts/user'
import { ValidationError, type Problem } from '@/domain/common/result'
import type { TownshipInput } from '@/domain/township/township'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { getTownship, saveTownship } from '@/db/repositories/township-repository'
import { updateTownship } from '@/services/township/township-service'

const ADMIN: Actor = { id: 'usr_admin', name: '管理员' }
const TOWNSHIP: TownshipInput = {
  name: '芦阳镇',
  code: '511826100000',
  countyName: '芦山县',
  reportWindow: { startTime: '11:00', endTime: '11:00', deadline: '11:30' },
  idleLockMinutes: 15,
}
let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
  await saveTownship(db, TOWNSHIP, SYSTEM_ACTOR)
})

afterEach(async () => {
  await db.delete()
})

async function problemsOf(promise: Promise<unknown>): Promise<Problem[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).problems
}

describe('updateTownship', () => {
  it('saves normalised settings and audits the changed fields under the actor', async () => {
    const saved = await updateTownship(
      db,
      {
        ...TOWNSHIP,
        name: ' 芦阳镇人民政府 ',
        code: '511826100000.0',
        reportWindow: { startTime: '10:00', endTime: '10:00', deadline: '10:30' },
      },
      ADMIN,
    )
    expect(saved).toMatchObject({
      name: '芦阳镇人民政府',
      code: '511826100000',
      updatedBy: 'usr_admin',
      createdBy: 'system',
    })
    expect(await getTownship(db)).toEqual(saved)
    const [entry] = await db.audit.where('action').equals('update').toArray()
    expect(entry).toMatchObject({ entity: 'township', actorName: '管理员' })
    expect(Object.keys(entry.changes ?? {}).sort()).toEqual(['name', 'reportWindow'])
  })

  it('accepts 0 as "never lock" and 240 as the longest idle time', async () => {
    expect((await updateTownship(db, { ...TOWNSHIP, idleLockMinutes: 0 }, ADMIN)).idleLockMinutes).toBe(0)
    expect((await updateTownship(db, { ...TOWNSHIP, idleLockMinutes: 240 }, ADMIN)).idleLockMinutes).toBe(240)
  })

  it('refuses wrong fields as a rejected promise, with every problem, and writes nothing', async () => {
    const auditBefore = await db.audit.count()
    const problems = await problemsOf(
      updateTownship(
        db,
        {
          ...TOWNSHIP,
          code: '511826100201',
          countyName: ' ',
          reportWindow: { ...TOWNSHIP.reportWindow, deadline: '25:00' },
          idleLockMinutes: -1,
        },
        ADMIN,
      ),
    )
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'code:code.notTownship',
      'countyName:required',
      'reportWindow.deadline:time',
      'idleLockMinutes:idleLock',
    ])
    expect(await getTownship(db)).toMatchObject(TOWNSHIP)
    expect(await db.audit.count()).toBe(auditBefore)
  })
})
