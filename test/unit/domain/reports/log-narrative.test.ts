import { describe, expect, it } from 'vitest'
import type { LogEntry } from '@/domain/log/log-entry'
import type { Order } from '@/domain/log/order'
import { problemsDraft, standingEntries, workDoneDraft } from '@/domain/reports/log-narrative'

const at = (hour: number, minute = 0) => new Date(2026, 10, 29, hour, minute).getTime()
function entry(id: string, kind: LogEntry['kind'], content: string): LogEntry {
  return { id, kind, content, handling: '', corrects: '', occurredAt: at(8), seq: 1 } as LogEntry
}

describe('the report text drafted from the log', () => {
  it('lists decisions, orders, reports, instructions and supplies as work done, numbered, without repeating 交办', () => {
    const entries = [
      { ...entry('a', 'decision', '组织全员核酸'), handling: '已通知各村', occurredAt: at(9, 30) },
      entry('b', 'call-in', '群众咨询'),
      { ...entry('c', 'order', '交办：落实采样点'), occurredAt: at(10) },
    ]
    expect(workDoneDraft(entries)).toBe(
      '1. 11月29日9时30分，决定：组织全员核酸（已通知各村）\n2. 11月29日10时，交办：落实采样点',
    )
  })

  it('keeps a correction and drops the entry it corrects', () => {
    const entries = [entry('a', 'decision', '错的'), { ...entry('b', 'decision', '对的'), corrects: 'a' }]
    expect(standingEntries(entries).map((e) => e.id)).toEqual(['b'])
  })

  it('lists inspection findings and orders overdue at the window end as problems', () => {
    const orders = [
      { title: '卡点值守', ownerName: '青龙村', deadline: at(9), state: 'open' },
      { title: '物资盘点', ownerName: '物资组', deadline: at(12), state: 'open' },
    ] as Order[]
    const text = problemsDraft([entry('a', 'inspection', '农贸市场扫码缺人')], orders, at(11))
    expect(text).toBe(
      '1. 11月29日8时，督查：农贸市场扫码缺人\n2. 交办事项“卡点值守”（责任人：青龙村）超期未办结，时限11月29日9时',
    )
  })
})
