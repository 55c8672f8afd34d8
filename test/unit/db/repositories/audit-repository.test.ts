import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AuditAction, AuditEntity, AuditEntry } from '@/domain/audit/audit-entry'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { listAudit } from '@/db/repositories/audit-repository'

const START = new Date('2022-03-14T08:00:00+08:00').getTime()
let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
  // Written out of time order on purpose: the list must sort by time, not by insertion or id.
  const plan: [number, AuditAction, AuditEntity, string][] = [
    [3, 'update', 'village', 'vil_a'],
    [0, 'setup', 'township', 'township'],
    [5, 'login', 'session', 'usr_1'],
    [1, 'create', 'village', 'vil_a'],
    [2, 'create', 'village', 'vil_b'],
    [6, 'retire', 'village', 'vil_a'],
    [4, 'create', 'user', 'usr_1'],
  ]
  const entries: AuditEntry[] = plan.map(([minute, action, entity, entityId]) => ({
    id: `aud_${String(9 - minute).padStart(2, '0')}`,
    at: START + minute * 60_000,
    actorId: 'usr_1',
    actorName: '管理员',
    action,
    entity,
    entityId,
    summary: `${action} ${entityId}`,
  }))
  await db.audit.bulkAdd(entries)
})

afterEach(async () => {
  await db.delete()
})

const minutesOf = (entries: AuditEntry[]) => entries.map((e) => (e.at - START) / 60_000)

describe('listAudit', () => {
  it('lists the newest entry first', async () => {
    const page = await listAudit(db, { page: 1, pageSize: 50 })
    expect(minutesOf(page.items)).toEqual([6, 5, 4, 3, 2, 1, 0])
    expect(page.total).toBe(7)
  })

  it('pages with the total of all entries', async () => {
    const first = await listAudit(db, { page: 1, pageSize: 3 })
    const third = await listAudit(db, { page: 3, pageSize: 3 })
    expect(minutesOf(first.items)).toEqual([6, 5, 4])
    expect(minutesOf(third.items)).toEqual([0])
    expect([first.total, third.total]).toEqual([7, 7])
    expect(await listAudit(db, { page: 4, pageSize: 3 })).toEqual({ items: [], total: 7 })
  })

  it('filters by entity, counting only the matches and paging within them', async () => {
    const villages = await listAudit(db, { entity: 'village', page: 1, pageSize: 50 })
    expect(minutesOf(villages.items)).toEqual([6, 3, 2, 1])
    expect(villages.items.every((e) => e.entity === 'village')).toBe(true)
    expect(villages.total).toBe(4)
    const second = await listAudit(db, { entity: 'village', page: 2, pageSize: 3 })
    expect(minutesOf(second.items)).toEqual([1])
    expect(second.total).toBe(4)
  })

  it('filters by entity and id: one record’s history, newest first, paged', async () => {
    const history = await listAudit(db, { entity: 'village', entityId: 'vil_a', page: 1, pageSize: 50 })
    expect(history.items.map((e) => e.action)).toEqual(['retire', 'update', 'create'])
    expect(history.total).toBe(3)
    const second = await listAudit(db, { entity: 'village', entityId: 'vil_a', page: 2, pageSize: 2 })
    expect(second).toEqual({ items: [expect.objectContaining({ action: 'create' })], total: 3 })
    // The same id under another entity is a different record.
    expect((await listAudit(db, { entity: 'user', entityId: 'vil_a', page: 1, pageSize: 50 })).total).toBe(0)
    expect((await listAudit(db, { entity: 'session', entityId: 'usr_1', page: 1, pageSize: 50 })).items).toHaveLength(1)
  })

  it('gives an empty page of an empty log', async () => {
    await db.audit.clear()
    expect(await listAudit(db, { page: 1, pageSize: 50 })).toEqual({ items: [], total: 0 })
    expect(await listAudit(db, { entity: 'village', page: 1, pageSize: 50 })).toEqual({ items: [], total: 0 })
  })
})
