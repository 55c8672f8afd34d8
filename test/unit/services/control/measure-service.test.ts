import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { roomRange } from '@/domain/control/site'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { testsOfMeasure } from '@/db/repositories/control/nucleic-test-repository'
import { changeMeasureEnd, releaseMeasure, startMeasure, transferMeasure } from '@/services/control/measure-service'
import { saveSite } from '@/services/control/site-service'
import { recordTestResult } from '@/services/control/test-service'
import { registerPerson } from '@/services/people/register-service'
import { registration, residentId } from '../../../fixtures/people'

const DUTY: Actor = { id: 'usr_duty', name: '张值班' }
let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})
afterEach(async () => {
  await db.delete()
})

let sequence = 101
async function closeContact(name = '李密接') {
  const documentNumber = residentId('19900307', String((sequence += 2)))
  const { episode } = await registerPerson(
    db,
    registration({ name, documentNumber }, { kind: 'close-contact', arrivalDate: '2022-07-01', indexCase: '病例1' }),
    DUTY,
    '2022-07-02',
  )
  return episode
}

async function site(capacity = 1) {
  return saveSite(db, undefined, { name: '县宾馆', address: '', contact: '', rooms: roomRange(101, 2, capacity) }, DUTY)
}

const start = (siteId: string, roomId: string) => ({
  packId: 'covid-9',
  anchorDate: '2022-07-01',
  startDate: '2022-07-02',
  siteId,
  roomId,
  orderMode: 'written' as const,
  responsible: '王干部',
})

describe('measures', () => {
  it('starts a 9th-edition centralized quarantine in a room, with its test appointments and pack version', async () => {
    const s = await site()
    const measure = await startMeasure(db, (await closeContact()).id, start(s.id, 'r101'), DUTY, 'duty')
    expect(measure).toMatchObject({ packId: 'covid-9', packVersion: 1, plannedEnd: '2022-07-11', roomId: 'r101' })
    expect(measure.segments.map((x) => [x.type, x.from, x.to])).toEqual([
      ['centralized', '2022-07-02', '2022-07-08'],
      ['home-monitoring', '2022-07-09', '2022-07-11'],
    ])
    expect((await testsOfMeasure(db, measure.id)).map((t) => t.dueOn)).toEqual(measure.testDates)
    expect(await db.audit.where('[entity+entityId]').equals(['measure', measure.id]).count()).toBe(1)
  })

  it('refuses a full room and a centralized measure without a room, writing nothing', async () => {
    const s = await site(1)
    await startMeasure(db, (await closeContact('甲一')).id, start(s.id, 'r101'), DUTY, 'duty')
    const second = (await closeContact('乙二')).id
    await expect(startMeasure(db, second, start(s.id, 'r101'), DUTY, 'duty')).rejects.toMatchObject({
      problems: [{ code: 'measure.roomFull', params: { room: '101', capacity: 1 } }],
    })
    await expect(startMeasure(db, second, start('', ''), DUTY, 'duty')).rejects.toBeInstanceOf(ValidationError)
    expect(await db.measures.count()).toBe(1)
  })

  it('extends with a reason, transfers home freeing the room, releases; history keeps every step', async () => {
    const s = await site(1)
    let measure = await startMeasure(db, (await closeContact()).id, start(s.id, 'r101'), DUTY, 'duty')
    await expect(changeMeasureEnd(db, measure.id, '2022-07-14', ' ', DUTY, 'duty')).rejects.toMatchObject({
      problems: [{ code: 'measure.reasonRequired' }],
    })
    measure = await changeMeasureEnd(db, measure.id, '2022-07-14', '同住人阳性', DUTY, 'duty')
    expect(measure.plannedEnd).toBe('2022-07-14')
    measure = await transferMeasure(
      db,
      measure.id,
      { date: '2022-07-09', toType: 'home-monitoring', siteId: '', roomId: '', transportTime: '14:30', reason: '' },
      DUTY,
      'duty',
    )
    expect(measure.roomId).toBe('')
    measure = await releaseMeasure(db, measure.id, 'completed', '', DUTY, 'duty', '2022-07-14')
    expect(measure.status).toBe('released')
    expect(measure.history.map((h) => h.kind)).toEqual(['start', 'extend', 'transfer', 'release'])
    // Released: scheduled appointments are withdrawn.
    expect((await testsOfMeasure(db, measure.id)).filter((t) => t.result === 'scheduled')).toEqual([])
  })

  it('refuses a test result dated before the measure starts', async () => {
    const s = await site()
    const measure = await startMeasure(db, (await closeContact()).id, start(s.id, 'r101'), DUTY, 'duty')
    const [first] = await testsOfMeasure(db, measure.id)
    await expect(
      recordTestResult(db, first.id, 'negative', '2022-07-01', DUTY, 'duty', '2022-07-05'),
    ).rejects.toMatchObject({
      problems: [{ code: 'test.beforeStart' }],
    })
    const saved = await recordTestResult(db, first.id, 'positive', '2022-07-02', DUTY, 'duty', '2022-07-05')
    expect(saved.positiveOn).toBe('2022-07-02')
    expect(saved.openDue).toBeUndefined()
  })
})
