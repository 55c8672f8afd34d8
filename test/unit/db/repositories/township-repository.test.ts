import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SYSTEM_ACTOR, type Actor } from '@/domain/accounts/user'
import type { TownshipInput } from '@/domain/township/township'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { listAudit } from '@/db/repositories/audit-repository'
import { getTownship, saveTownship } from '@/db/repositories/township-repository'

const ADMIN: Actor = { id: 'usr_admin', name: '管理员' }
const INPUT: TownshipInput = {
  name: '芦阳镇',
  code: '511826100000',
  countyName: '芦山县',
  reportWindow: { startTime: '11:00', endTime: '11:00', deadline: '11:30' },
  idleLockMinutes: 15,
}
let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})

afterEach(async () => {
  vi.useRealTimers()
  await db.delete()
})

describe('getTownship', () => {
  it('is undefined before the setup wizard has run', async () => {
    expect(await getTownship(db)).toBeUndefined()
  })
})

describe('saveTownship', () => {
  it('creates the settings singleton with stamps and a setup audit line', async () => {
    const saved = await saveTownship(db, INPUT, SYSTEM_ACTOR)
    expect(saved).toMatchObject({ id: 'township', ...INPUT, createdBy: 'system', updatedBy: 'system' })
    expect(saved.setupCompletedAt).toBe(saved.createdAt)
    expect(await getTownship(db)).toEqual(saved)
    const { items } = await listAudit(db, { page: 1, pageSize: 10 })
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({
      action: 'setup',
      entity: 'township',
      entityId: 'township',
      summary: '芦阳镇',
      actorId: 'system',
    })
    expect(items[0]).not.toHaveProperty('changes')
  })

  it('keeps the demo flag when the demo township is saved', async () => {
    await saveTownship(db, { ...INPUT, demo: true }, SYSTEM_ACTOR)
    expect((await getTownship(db))?.demo).toBe(true)
  })

  it('updates the one row in place, keeping creation stamps and recording only the changed fields', async () => {
    // Distinct instants, so "newest first" has one right answer.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2022-03-14T08:00:00+08:00'))
    const first = await saveTownship(db, INPUT, SYSTEM_ACTOR)
    vi.setSystemTime(new Date('2022-03-14T08:05:00+08:00'))
    const second = await saveTownship(
      db,
      { ...INPUT, idleLockMinutes: 30, reportWindow: { ...INPUT.reportWindow, deadline: '12:00' } },
      ADMIN,
    )
    expect(await db.settings.count()).toBe(1)
    expect(second).toMatchObject({
      createdAt: first.createdAt,
      createdBy: 'system',
      setupCompletedAt: first.setupCompletedAt,
      updatedBy: 'usr_admin',
      updatedAt: first.updatedAt + 5 * 60_000,
      idleLockMinutes: 30,
    })
    const { items } = await listAudit(db, { page: 1, pageSize: 10, entity: 'township' })
    expect(items.map((e) => e.action)).toEqual(['update', 'setup'])
    expect(items[0].actorName).toBe('管理员')
    expect(items[0].changes).toEqual({
      idleLockMinutes: { before: 15, after: 30 },
      reportWindow: {
        before: { startTime: '11:00', endTime: '11:00', deadline: '11:30' },
        after: { startTime: '11:00', endTime: '11:00', deadline: '12:00' },
      },
    })
  })
})
