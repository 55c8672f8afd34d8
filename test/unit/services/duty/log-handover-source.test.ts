import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import type { DutyShiftRecord } from '@/domain/duty/handover'
import type { ShiftOnDuty } from '@/domain/duty/on-duty'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { HANDOVER_SOURCES } from '@/services/duty/handover-source'
import { logHandoverSource } from '@/services/duty/log-handover-source'
import { appendLogEntry } from '@/services/log/log-service'
import { issueOrder } from '@/services/log/order-service'

const DUTY: Actor = { id: 'usr_duty', name: '张值班' }
const HOUR = 3_600_000
let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})
afterEach(async () => {
  await db.delete()
})

function shiftAround(now: number): ShiftOnDuty {
  return {
    date: '2026-11-29',
    shift: { key: 'day', name: '白班', start: '08:00', end: '20:00' },
    start: now - 2 * HOUR,
    end: now + HOUR,
    officerIds: [],
  }
}
const record = { id: '2026-11-29|day', date: '2026-11-29', shiftKey: 'day', signIns: [], notes: '', items: [] }

describe('the wartime log in a handover', () => {
  it('is one of the sources a handover is drafted from', () => {
    expect(HANDOVER_SOURCES).toContain(logHandoverSource)
  })

  it('lists the shift’s log entries in time order and the orders still to do', async () => {
    const now = Date.now()
    await appendLogEntry(db, DUTY, { kind: 'call-in', occurredAt: now - 3 * HOUR, content: '上一班的电话' })
    await appendLogEntry(db, DUTY, {
      kind: 'call-in',
      occurredAt: now - HOUR,
      counterpart: '青龙村 李书记',
      content: '报告返乡人员 2 人',
      handling: '已登记',
    })
    await appendLogEntry(db, DUTY, {
      kind: 'instruction',
      occurredAt: now - 90 * 60_000,
      content: '县指挥部：明早报数',
    })
    await issueOrder(db, DUTY, {
      title: '核实返乡人员核酸证明',
      ownerKind: 'village',
      ownerName: '青龙村',
      deadline: now + 2 * HOUR,
      priority: 'normal',
      source: '调度会',
    })
    const sections = await logHandoverSource.sections(db, shiftAround(now), record as unknown as DutyShiftRecord)
    // Issuing the order is itself an entry of the shift.
    expect(sections[0].title).toBe('值班日志（本班 3 条）')
    expect(sections[0].lines[0]).toMatch(/^\d\d:\d\d 上级指示 县指挥部：明早报数$/)
    expect(sections[0].lines[1]).toMatch(/^\d\d:\d\d 来电 青龙村 李书记：报告返乡人员 2 人（已登记）$/)
    expect(sections[1].title).toBe('未办结交办事项')
    expect(sections[1].lines).toEqual([expect.stringMatching(/^核实返乡人员核酸证明（责任：青龙村，时限 .+）$/)])
  })
})
