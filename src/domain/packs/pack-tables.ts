import type { User } from '../accounts/user'
import type { CountyListRow } from '../county-list/county-list'
import type { Person } from '../person/person'
import { maskCountyListRow, personForPack } from './pack-masking'
import type { PackProfile } from './pack-manifest'
import {
  asIs,
  COMMAND_PACK_TABLES,
  CONTROL_PACK_TABLES,
  DUTY_PACK_TABLES,
  SUPPLIES_PACK_TABLES,
} from './pack-tables-more'

/** A record as read from the database: any stamped entity. */
export type PackRecord = { id: string; updatedAt: number } & Record<string, unknown>

/**
 * One register that travels in a pack: the table it is read from, its file, how a record is written for a
 * profile, and what marks a change for an incremental pack. Adding a register to the pack is one entry here.
 */
export interface PackTable {
  /** The table name, also the manifest's `table` and the key of `counts`. */
  table: string
  /** Path inside the zip. */
  file: string
  /** What the county clerk reads in README.txt about this file. */
  description: string
  /**
   * The record as it leaves the app under the profile: written at once and never changed, so it may be the stored
   * record itself (a register written as stored) or a new object; the stored record is never changed.
   */
  prepare(record: PackRecord, profile: PackProfile): Record<string, unknown>
  /**
   * Field whose value (epoch ms) moves forward on every change: incremental packs take records after `since`.
   * Absent for the few small settings-like tables without stamps: they travel in every pack.
   */
  changedAt?: 'updatedAt' | 'enteredAt' | 'at' | 'savedAt'
}

/** Every register a pack carries, in the order of the manifest and README. */
export const PACK_TABLES: readonly PackTable[] = [
  {
    table: 'villages',
    file: 'data/villages.ndjson',
    description: '村（社区）：区划代码、名称、网格、村支书和村医联系方式',
    prepare: asIs,
    changedAt: 'updatedAt',
  },
  {
    table: 'users',
    file: 'data/users.ndjson',
    description: '本乡镇指挥台的账号（仅编号、姓名、角色，不含密码），用于查看记录由谁录入',
    // Never the password hash, whatever the profile.
    prepare: (record) => {
      const { id, name, role, createdAt, createdBy, updatedAt, updatedBy, retiredAt } = record as unknown as User
      return { id, name, role, createdAt, createdBy, updatedAt, updatedBy, ...(retiredAt ? { retiredAt } : {}) }
    },
    changedAt: 'updatedAt',
  },
  {
    table: 'persons',
    file: 'data/persons.ndjson',
    description: '登记在册的人员（一人一条）；脱敏包中证件号、电话已遮挡，不含住址和备注',
    prepare: (record, profile) =>
      personForPack(record as unknown as Person, profile) as unknown as Record<string, unknown>,
    changedAt: 'updatedAt',
  },
  {
    table: 'episodes',
    file: 'data/episodes.ndjson',
    description: '人员的每一次来由（返乡、外来、入境、密接、次密接、县级推送），通过 personId 对应人员',
    prepare: asIs,
    changedAt: 'updatedAt',
  },
  {
    table: 'duplicateReviews',
    file: 'data/duplicateReviews.ndjson',
    description: '疑似重复人员的核对记录（合并或确认不是同一人）',
    prepare: asIs,
    changedAt: 'updatedAt',
  },
  {
    table: 'countyLists',
    file: 'data/countyLists.ndjson',
    description: '县里推送的协查、大数据比对名单（名单信息，不含明细）',
    prepare: asIs,
    changedAt: 'updatedAt',
  },
  {
    table: 'countyListRows',
    file: 'data/countyListRows.ndjson',
    description: '推送名单的每一行及核查结果；脱敏包中证件号、电话已遮挡，不含县里原表内容',
    prepare: (record, profile) =>
      profile === 'masked' ? { ...maskCountyListRow(record as unknown as CountyListRow) } : { ...record },
    changedAt: 'updatedAt',
  },
  ...CONTROL_PACK_TABLES,
  ...COMMAND_PACK_TABLES,
  ...SUPPLIES_PACK_TABLES,
  ...DUTY_PACK_TABLES,
]

/** The registry entry of a table, or undefined for a table this app does not export. */
export function packTable(table: string): PackTable | undefined {
  return PACK_TABLES.find((entry) => entry.table === table)
}
