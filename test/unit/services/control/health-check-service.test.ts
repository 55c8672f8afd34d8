import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { recordCheck, villageGrid } from '@/services/control/health-check-service'
import { todayOverview } from '@/services/control/today-service'
import { quarantinedContact } from '../../../fixtures/control'

const DUTY: Actor = { id: 'usr_duty', name: '张值班' }
let db: CommandPostDatabase
let measureId: string

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
  const { measure } = await quarantinedContact(db, DUTY)
  measureId = measure.id
})
afterEach(async () => {
  await db.delete()
})

const input = (date: string, morning: string, status: 'seen-ok' | 'seen-not-ok' = 'seen-ok') => ({
  measureId,
  date,
  morning,
  afternoon: '',
  recheck: '',
  symptoms: [],
  status,
  checkedBy: '刘网格',
})

describe('health checks', () => {
  it('tells the onFever seam about a fever once the check is stored, and lists it as a fever', async () => {
    const onFever = vi.fn()
    const outcome = await recordCheck(db, input('2022-07-03', '38.2', 'seen-not-ok'), DUTY, { onFever })
    expect(outcome.fever).toBe(true)
    expect(onFever).toHaveBeenCalledWith(
      expect.objectContaining({ check: expect.objectContaining({ feverOn: '2022-07-03' }) }),
    )
    const today = await todayOverview(db, '2022-07-03', 2)
    expect(today.fevers.map((f) => [f.check.morning, f.personName])).toEqual([[38.2, '张伟华']])
  })

  it('refuses 365 with nothing written; corrects the same day instead of adding a second row', async () => {
    await expect(recordCheck(db, input('2022-07-03', '365'), DUTY, {})).rejects.toMatchObject({
      problems: [{ code: 'check.temperature', params: { value: '365' } }],
    })
    expect(await db.healthChecks.count()).toBe(0)
    await recordCheck(db, input('2022-07-03', '36.4'), DUTY, {})
    await recordCheck(db, input('2022-07-03', '36.6'), DUTY, {})
    expect((await db.healthChecks.toArray()).map((c) => c.morning)).toEqual([36.6])
  })

  it('keeps a check outside the measure, marked; the grid shows it beside the people due', async () => {
    await recordCheck(db, input('2022-07-01', '36.5'), DUTY, {})
    const grid = await villageGrid(db, 'vil_a', '2022-07-01')
    expect(grid[0].check?.outsideMeasure).toBe(true)
    expect(await villageGrid(db, 'vil_a', '2022-07-04')).toHaveLength(1)
    expect(await villageGrid(db, 'vil_a', '2022-07-20')).toHaveLength(0)
  })

  it('lists a person not seen for N days as missed, and not once seen', async () => {
    expect((await todayOverview(db, '2022-07-05', 2)).missed.map((m) => m.days)).toEqual([3])
    await recordCheck(db, input('2022-07-04', '36.5'), DUTY, {})
    expect((await todayOverview(db, '2022-07-05', 2)).missed).toEqual([])
    const today = await todayOverview(db, '2022-07-05', 2)
    expect(today.testsOverdue.map((t) => t.dueOn)).toEqual(['2022-07-02', '2022-07-03', '2022-07-04'])
    expect(today.sites[0]).toMatchObject({ capacity: 3, occupants: 1, freeRooms: 2 })
  })
})
