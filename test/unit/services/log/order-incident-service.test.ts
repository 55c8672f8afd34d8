import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { DEFAULT_PLAYBOOK } from '@/domain/log/playbook'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { verifyLogChain } from '@/services/log/chain-service'
import {
  closeIncident,
  incidentTimeline,
  linkPerson,
  openIncident,
  playbooks,
  setActionDone,
  storePlaybook,
} from '@/services/log/incident-service'
import { appendLogEntry } from '@/services/log/log-service'
import { issueOrder, openOrders, recordOrderEvent } from '@/services/log/order-service'

const OFFICER: Actor = { id: 'usr_duty', name: '李值班' }
const HOUR = 3600_000
let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})
afterEach(async () => {
  await db.delete()
})

const orderInput = () => ({
  title: '核查返乡人员核酸证明',
  ownerKind: 'village' as const,
  ownerName: '青龙村',
  ownerVillageId: 'vil_1',
  deadline: Date.now() + 2 * HOUR,
  priority: 'urgent' as const,
  source: '调度会',
})

describe('orders', () => {
  it('are issued from a log entry with their own 交办 entry, and listed as open', async () => {
    const source = await appendLogEntry(db, OFFICER, { kind: 'instruction', content: '县指挥部要求核查' })
    const order = await issueOrder(db, OFFICER, orderInput(), source)
    expect(order).toMatchObject({ state: 'open', sourceEntryId: source.id, ownerName: '青龙村' })
    const entries = await db.logEntries.where('linkKeys').equals(`order:${order.id}`).toArray()
    expect(entries.map((e) => e.kind)).toEqual(['order'])
    expect(entries[0].content).toContain('交办（特急）：核查返乡人员核酸证明；责任：青龙村')
    expect((await openOrders(db)).map((o) => o.id)).toEqual([order.id])
  })

  it('refuse a missing owner and a past deadline', async () => {
    await expect(issueOrder(db, OFFICER, { ...orderInput(), ownerName: '', deadline: Date.now() - 1 })).rejects.toThrow(
      ValidationError,
    )
    expect(await db.orders.count()).toBe(0)
  })

  it('record feedback, reminders, escalations and completion, each a log entry, and leave the open list when done', async () => {
    const order = await issueOrder(db, OFFICER, orderInput())
    await recordOrderEvent(db, OFFICER, order.id, 'reminder', '电话催办李书记')
    await recordOrderEvent(db, OFFICER, order.id, 'escalation', '报请张镇长督办')
    const progressed = await recordOrderEvent(db, OFFICER, order.id, 'feedback', '已核查 12 人')
    expect(progressed.state).toBe('in-progress')
    const done = await recordOrderEvent(db, OFFICER, order.id, 'done', '全部核查完毕')
    expect(done.state).toBe('done')
    expect(done.doneAt).toBeDefined()
    expect(done.events.map((e) => e.kind)).toEqual(['reminder', 'escalation', 'feedback', 'done'])
    expect(await db.logEntries.where('linkKeys').equals(`order:${order.id}`).count()).toBe(5)
    expect(await openOrders(db)).toEqual([])
    await expect(recordOrderEvent(db, OFFICER, order.id, 'reminder', '再催')).rejects.toThrow(ValidationError)
    expect((await verifyLogChain(db)).breaks).toEqual([])
  })
})

describe('incidents', () => {
  it('open with the ten first-time actions; ticking one logs it; people and orders show on the timeline', async () => {
    await db.persons.add({ id: 'per_1', name: '王密接' } as never)
    const incident = await openIncident(db, OFFICER, {
      title: '青龙村 阳性 1 例',
      villageId: 'vil_1',
      reportedAt: Date.now() - HOUR,
      playbookId: DEFAULT_PLAYBOOK.id,
    })
    expect(incident.actions).toHaveLength(10)
    const ticked = await setActionDone(db, OFFICER, incident.id, 'report', true)
    expect(ticked.actions[0]).toMatchObject({ doneBy: '李值班' })
    expect(ticked.actions[0].logEntryId).toMatch(/^log_/)
    await linkPerson(db, OFFICER, incident.id, { id: 'per_1', name: '王密接' })
    await expect(linkPerson(db, OFFICER, incident.id, { id: 'per_1', name: '王密接' })).rejects.toThrow(ValidationError)
    await issueOrder(db, OFFICER, { ...orderInput(), incidentId: incident.id })
    const timeline = await incidentTimeline(db, incident.id)
    expect(timeline?.entries.map((e) => e.content)).toEqual([
      '启动涉疫事件处置（十个第一时间）：青龙村 阳性 1 例',
      '青龙村 阳性 1 例 · 已完成：第一时间报告疫情',
      '青龙村 阳性 1 例 · 关联人员：王密接',
      expect.stringContaining('交办'),
    ])
    expect(timeline?.orders).toHaveLength(1)
    expect(timeline?.people.map((p) => p.name)).toEqual(['王密接'])
    // Closing dates it: the board's 处置中事件 at an earlier instant still counts it.
    const before = Date.now()
    const closed = await closeIncident(db, OFFICER, incident.id)
    expect(closed.state).toBe('closed')
    expect(closed.closedAt).toBeGreaterThanOrEqual(before)
    expect((await db.incidents.get(incident.id))?.closedAt).toBe(closed.closedAt)
  })

  it('use an edited playbook: saving the default over keeps one copy with the new target', async () => {
    const edited = {
      ...DEFAULT_PLAYBOOK,
      actions: DEFAULT_PLAYBOOK.actions.map((a, i) => (i === 0 ? { ...a, targetMinutes: 30 } : a)),
    }
    await storePlaybook(db, OFFICER, edited)
    const list = await playbooks(db)
    expect(list).toHaveLength(1)
    expect(list[0].actions[0].targetMinutes).toBe(30)
    await expect(storePlaybook(db, OFFICER, { ...edited, name: '' })).rejects.toThrow(ValidationError)
  })
})
