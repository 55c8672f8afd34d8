import type { DutyDay } from '../duty/roster'
import type { ShiftPattern } from '../duty/shift-pattern'
import type { DutyStaff } from '../duty/staff'
import { LOG_KIND_NAMES, type LogEntry } from '../log/log-entry'
import type { Order } from '../log/order'
import type { RiskDecision } from '../map/risk-level'
import type { StockLocation } from '../supplies/stock-location'
import type { StockMovement } from '../supplies/stock-document'
import type { SupplyItem } from '../supplies/supply-item'
import { byId, column, recordsOf, sortBy, type LedgerRegister } from './ledger-register'
import { label, ORDER_PRIORITIES, ORDER_STATES, RISK_LEVELS, STOCK_KINDS } from './ledger-labels'

/** 值班日志台账: every entry of the wartime log in chain order. */
export const LOG_LEDGER: LedgerRegister = {
  key: 'log',
  title: '值班日志台账',
  tables: ['logEntries'],
  columns: [
    column('seq', '序号', 'number'),
    column('occurredAt', '时间', 'datetime'),
    column('kind', '类别'),
    column('counterpart', '来电/去电对象'),
    column('phone', '电话', 'phone'),
    column('village', '涉及村（社区）'),
    column('content', '内容'),
    column('handling', '处理情况'),
    column('author', '记录人'),
  ],
  rows(data) {
    const entries = [...recordsOf<LogEntry>(data, 'logEntries')].sort((a, b) => a.seq - b.seq)
    return entries.map((entry) => ({
      seq: entry.seq,
      occurredAt: entry.occurredAt,
      kind: label(LOG_KIND_NAMES, entry.kind),
      counterpart: entry.counterpart,
      phone: entry.phone,
      village: data.villages.get(entry.villageId) ?? '',
      content: entry.content,
      handling: entry.handling,
      author: entry.authorName,
    }))
  },
}

/** 交办事项台账: every order, its owner, deadline and state. */
export const ORDERS_LEDGER: LedgerRegister = {
  key: 'orders',
  title: '交办事项台账',
  tables: ['orders'],
  columns: [
    column('title', '事项'),
    column('owner', '承办人/单位'),
    column('village', '村（社区）'),
    column('priority', '紧急程度'),
    column('deadline', '办结时限', 'datetime'),
    column('source', '来源'),
    column('state', '办理状态'),
    column('doneAt', '办结时间', 'datetime'),
    column('createdAt', '交办时间', 'datetime'),
  ],
  rows(data) {
    const rows = recordsOf<Order>(data, 'orders').map((order) => ({
      title: order.title,
      owner: order.ownerName,
      village: data.villages.get(order.ownerVillageId) ?? '',
      priority: label(ORDER_PRIORITIES, order.priority),
      deadline: order.deadline,
      source: order.source,
      state: label(ORDER_STATES, order.state),
      doneAt: order.doneAt,
      createdAt: order.createdAt,
    }))
    return sortBy(rows, (row) => row.createdAt)
  },
}

/** 物资收发台账: every stock movement (the ledger lines of the posted documents), by date. */
export const SUPPLIES_LEDGER: LedgerRegister = {
  key: 'supplies',
  title: '防疫物资收发台账',
  tables: ['stockMovements', 'supplyItems', 'stockLocations'],
  columns: [
    column('date', '日期', 'date'),
    column('number', '单号'),
    column('kind', '类别'),
    column('item', '物资名称'),
    column('specification', '规格'),
    column('unit', '单位'),
    column('location', '库点'),
    column('batch', '批号'),
    column('expiry', '有效期至', 'date'),
    column('quantity', '数量', 'number'),
    column('after', '结存', 'number'),
    column('counterpart', '来源/去向'),
    column('handler', '经手人'),
  ],
  rows(data) {
    const items = byId(recordsOf<SupplyItem>(data, 'supplyItems'))
    const locations = byId(recordsOf<StockLocation>(data, 'stockLocations'))
    const rows = recordsOf<StockMovement>(data, 'stockMovements').map((movement) => {
      const item = items.get(movement.itemId)
      return {
        date: movement.date,
        number: movement.documentNumber,
        kind: label(STOCK_KINDS, movement.kind),
        item: item?.name ?? '',
        specification: item?.specification ?? '',
        unit: item?.unit ?? '',
        location: locations.get(movement.locationId)?.name ?? '',
        batch: movement.batch,
        expiry: movement.expiry,
        quantity: movement.quantity,
        after: movement.after,
        counterpart: movement.counterpart,
        handler: movement.handler,
        at: movement.at,
      }
    })
    return sortBy(rows, (row) => `${row.date}|${String(row.at).padStart(15, '0')}`)
  },
}

/** 值班安排表: one row per day, the leader and each shift's officers by name. */
export const DUTY_LEDGER: LedgerRegister = {
  key: 'duty',
  title: '值班安排表',
  tables: ['dutyDays', 'dutyStaff', 'dutyPatterns'],
  columns: [column('date', '日期', 'date'), column('leader', '带班领导'), column('shifts', '值班人员')],
  rows(data) {
    const staff = byId(recordsOf<DutyStaff>(data, 'dutyStaff'))
    const shifts = recordsOf<ShiftPattern>(data, 'dutyPatterns')[0]?.shifts ?? []
    const name = (id: string | undefined) => (id ? (staff.get(id)?.name ?? '') : '')
    const days = [...recordsOf<DutyDay>(data, 'dutyDays')].sort((a, b) => (a.id < b.id ? -1 : 1))
    return days.map((day) => ({
      date: day.id,
      leader: name(day.leaderId),
      shifts: Object.entries(day.shifts)
        .map(([key, ids]) => `${shifts.find((s) => s.key === key)?.name ?? key}：${ids.map(name).join('、')}`)
        .join('；'),
    }))
  },
}

/** 风险等级决定台账: every dated decision on a village's risk level. */
export const RISK_LEDGER: LedgerRegister = {
  key: 'risk',
  title: '村（社区）风险等级决定台账',
  tables: ['riskDecisions'],
  columns: [
    column('village', '村（社区）'),
    column('level', '风险等级'),
    column('effectiveFrom', '起始日期', 'date'),
    column('effectiveTo', '截止日期', 'date'),
    column('reason', '理由'),
    column('source', '依据'),
    column('decidedBy', '决定人'),
    column('decidedAt', '决定时间', 'datetime'),
  ],
  rows(data) {
    const rows = recordsOf<RiskDecision>(data, 'riskDecisions').map((decision) => ({
      village: data.villages.get(decision.villageId) ?? '',
      level: label(RISK_LEVELS, decision.level),
      effectiveFrom: decision.effectiveFrom,
      effectiveTo: decision.effectiveTo,
      reason: decision.reason,
      source: decision.source,
      decidedBy: decision.decidedBy,
      decidedAt: decision.decidedAt,
    }))
    return sortBy(rows, (row) => row.decidedAt)
  },
}
