import type { LogEntry } from '../log/log-entry'
import { maskPhone } from '../person/mask'
import type { PackTable } from './pack-tables'

// The registers built after the people register: control measures, the wartime log and the map, supplies and
// duty. Personal fields: the people under measures appear by name and personId only (their numbers travel,
// masked or not, in persons); a log entry's caller phone is masked like a person's. Cadres' and duty staff's
// work phones stay (the county must reach them). Derived tables (supply totals and daily figures, schematic
// tiles, map settings) are left out: the county recomputes them from what is here.

/** A record written as it is stored: the record itself, no copy (150k episodes need none). */
export const asIs = (record: Record<string, unknown>) => record

/** 管控措施、隔离点、健康监测、核酸检测. */
export const CONTROL_PACK_TABLES: PackTable[] = [
  {
    table: 'measures',
    file: 'data/measures.ndjson',
    description: '管控措施（集中隔离、居家隔离、健康监测等），通过 personId 对应人员，含每次变更记录',
    prepare: asIs,
    changedAt: 'updatedAt',
  },
  {
    table: 'sites',
    file: 'data/sites.ndjson',
    description: '集中隔离点及其房间',
    prepare: asIs,
    changedAt: 'updatedAt',
  },
  {
    table: 'healthChecks',
    file: 'data/healthChecks.ndjson',
    description: '每日健康监测（体温、症状），通过 measureId 对应管控措施',
    prepare: asIs,
    changedAt: 'updatedAt',
  },
  {
    table: 'nucleicTests',
    file: 'data/nucleicTests.ndjson',
    description: '按管控措施安排的核酸检测及结果',
    prepare: asIs,
    changedAt: 'updatedAt',
  },
]

/** 值班日志、交办事项、涉疫事件、处置预案、风险等级、地图图层. */
export const COMMAND_PACK_TABLES: PackTable[] = [
  {
    table: 'logEntries',
    file: 'data/logEntries.ndjson',
    description: '值班日志（只增不改，按 seq 排序，hash 链）；脱敏包中来电号码已遮挡，此时 hash 链不能复核',
    prepare: (record, profile) => {
      const entry = record as unknown as LogEntry
      return profile === 'masked' && entry.phone ? { ...record, phone: maskPhone(entry.phone) } : { ...record }
    },
    changedAt: 'enteredAt',
  },
  {
    table: 'orders',
    file: 'data/orders.ndjson',
    description: '交办事项及其反馈、催办记录',
    prepare: asIs,
    changedAt: 'updatedAt',
  },
  {
    table: 'incidents',
    file: 'data/incidents.ndjson',
    description: '涉疫事件及首发处置动作',
    prepare: asIs,
    changedAt: 'updatedAt',
  },
  { table: 'playbooks', file: 'data/playbooks.ndjson', description: '处置预案（每个包都带全部）', prepare: asIs },
  {
    table: 'riskDecisions',
    file: 'data/riskDecisions.ndjson',
    description: '村（社区）风险等级决定（带日期，不修改）',
    prepare: asIs,
    changedAt: 'updatedAt',
  },
  {
    table: 'mapLayers',
    file: 'data/mapLayers.ndjson',
    description: '地图图层（村界、点位），id 为图层类别',
    prepare: asIs,
    changedAt: 'savedAt',
  },
]

/** 物资目录、库点、单据、台账流水、结存. */
export const SUPPLIES_PACK_TABLES: PackTable[] = [
  {
    table: 'supplyItems',
    file: 'data/supplyItems.ndjson',
    description: '防疫物资目录',
    prepare: asIs,
    changedAt: 'updatedAt',
  },
  {
    table: 'stockLocations',
    file: 'data/stockLocations.ndjson',
    description: '物资库点',
    prepare: asIs,
    changedAt: 'updatedAt',
  },
  {
    table: 'stockDocuments',
    file: 'data/stockDocuments.ndjson',
    description: '物资单据（入库、出库、调拨、报损、盘点、冲销）',
    prepare: asIs,
    changedAt: 'updatedAt',
  },
  {
    table: 'stockMovements',
    file: 'data/stockMovements.ndjson',
    description: '物资台账流水（每张单据的每一行）',
    prepare: asIs,
    changedAt: 'at',
  },
  {
    table: 'stockBalances',
    file: 'data/stockBalances.ndjson',
    description: '物资结存（按物资、库点、批号）',
    prepare: asIs,
    changedAt: 'updatedAt',
  },
]

/** 值班人员、班次、排班、外出报备、换班、交接班. */
export const DUTY_PACK_TABLES: PackTable[] = [
  {
    table: 'dutyStaff',
    file: 'data/dutyStaff.ndjson',
    description: '值班人员名册',
    prepare: asIs,
    changedAt: 'updatedAt',
  },
  { table: 'dutyPatterns', file: 'data/dutyPatterns.ndjson', description: '班次设置（每个包都带）', prepare: asIs },
  {
    table: 'dutyDays',
    file: 'data/dutyDays.ndjson',
    description: '排班（每天一条，id 为日期）',
    prepare: asIs,
    changedAt: 'updatedAt',
  },
  {
    table: 'leaveRequests',
    file: 'data/leaveRequests.ndjson',
    description: '外出报备',
    prepare: asIs,
    changedAt: 'updatedAt',
  },
  {
    table: 'swapRequests',
    file: 'data/swapRequests.ndjson',
    description: '换班申请',
    prepare: asIs,
    changedAt: 'updatedAt',
  },
  {
    table: 'dutyShiftRecords',
    file: 'data/dutyShiftRecords.ndjson',
    description: '每班签到、记事和交接班',
    prepare: asIs,
    changedAt: 'updatedAt',
  },
]
