import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import type { Village } from '@/domain/township/village'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { note, writeWithAudit } from '@/db/write'

const CLERK: Actor = { id: 'usr_clerk', name: '陈文书' }
let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})

afterEach(async () => {
  vi.useRealTimers()
  await db.delete()
})

function villageRecord(
  id: string,
  stamps: Pick<Village, 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy'>,
): Village {
  return {
    id,
    code: '511826100201',
    name: '新华村',
    kind: 'village',
    urbanRuralClass: '220',
    population: 1234,
    households: 410,
    secretary: { name: '', phone: '' },
    doctor: { name: '', phone: '' },
    grids: [],
    sortOrder: 511826100201,
    ...stamps,
  }
}

describe('writeWithAudit', () => {
  it('commits the change and its audit entry together', async () => {
    const result = await writeWithAudit(db, CLERK, [db.villages], async (ctx) => {
      await db.villages.add(villageRecord('vil_1', ctx.stampNew()))
      await ctx.audit(note('create', 'village', 'vil_1', '新华村 511826100201'))
      return 'done'
    })
    expect(result).toBe('done')
    expect(await db.villages.get('vil_1')).toMatchObject({ name: '新华村' })
    const entries = await db.audit.toArray()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      action: 'create',
      entity: 'village',
      entityId: 'vil_1',
      summary: '新华村 511826100201',
    })
  })

  it('rolls back both the record and the audit entry when the work throws after writing', async () => {
    const failure = new Error('power cut halfway')
    await expect(
      writeWithAudit(db, CLERK, [db.villages], async (ctx) => {
        await db.villages.add(villageRecord('vil_1', ctx.stampNew()))
        await ctx.audit(note('create', 'village', 'vil_1', '新华村'))
        throw failure
      }),
    ).rejects.toBe(failure)
    expect(await db.villages.count()).toBe(0)
    expect(await db.audit.count()).toBe(0)
  })

  it('rolls back earlier writes of the same unit when a later write is refused by the database', async () => {
    await expect(
      writeWithAudit(db, CLERK, [db.villages], async (ctx) => {
        await db.villages.add(villageRecord('vil_1', ctx.stampNew()))
        await ctx.audit(note('create', 'village', 'vil_1', '新华村'))
        // Same unique code: IndexedDB refuses the second add, and the first must not survive either.
        await db.villages.add(villageRecord('vil_2', ctx.stampNew()))
      }),
    ).rejects.toThrow()
    expect(await db.villages.count()).toBe(0)
    expect(await db.audit.count()).toBe(0)
  })

  it('stamps new records and audit entries with the actor and one time for the whole unit', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const at = new Date('2022-03-14T09:30:00+08:00').getTime()
    vi.setSystemTime(at)
    await writeWithAudit(db, CLERK, [db.villages], async (ctx) => {
      expect(ctx.now).toBe(at)
      expect(ctx.actor).toEqual(CLERK)
      expect(ctx.stampNew()).toEqual({ createdAt: at, createdBy: 'usr_clerk', updatedAt: at, updatedBy: 'usr_clerk' })
      await db.villages.add(villageRecord('vil_1', ctx.stampNew()))
      await ctx.audit(note('create', 'village', 'vil_1', '新华村'))
      await ctx.audit(note('update', 'village', 'vil_1', '新华村', { name: { before: '新华村', after: '新华' } }))
    })
    expect(await db.villages.get('vil_1')).toMatchObject({ createdAt: at, createdBy: 'usr_clerk' })
    const entries = await db.audit.toArray()
    expect(entries).toHaveLength(2)
    for (const entry of entries) {
      expect(entry).toMatchObject({ at, actorId: 'usr_clerk', actorName: '陈文书' })
      expect(entry.id).toMatch(/^aud_[0-9A-HJKMNP-TV-Z]{26}$/)
    }
    expect(new Set(entries.map((e) => e.id)).size).toBe(2)
  })
})

describe('note', () => {
  it('leaves out changes when there are none, and keeps them when given', () => {
    expect(note('retire', 'village', 'vil_1', '新华村：合并')).toEqual({
      action: 'retire',
      entity: 'village',
      entityId: 'vil_1',
      summary: '新华村：合并',
    })
    expect(note('retire', 'village', 'vil_1', 's')).not.toHaveProperty('changes')
    const changes = { population: { before: 1, after: 2 } }
    expect(note('update', 'village', 'vil_1', 's', changes).changes).toEqual(changes)
  })
})
