import Dexie, { type EntityTable } from 'dexie'
import type { User } from '@/domain/accounts/user'
import type { AuditEntry } from '@/domain/audit/audit-entry'
import type { HealthCheck } from '@/domain/control/health-check'
import type { ControlMeasure } from '@/domain/control/measure'
import type { NucleicTest } from '@/domain/control/nucleic-test'
import type { QuarantineSite } from '@/domain/control/site'
import type { StoredPack } from '@/domain/control/stored-pack'
import type {
  PoolTube,
  RoundCoverage,
  RoundSample,
  RoundTarget,
  TestingRound,
} from '@/domain/control/testing-round'
import type { CountyList, CountyListRow } from '@/domain/county-list/county-list'
import type { LeaveRequest } from '@/domain/duty/leave'
import type { DutyDay } from '@/domain/duty/roster'
import type { ShiftPattern } from '@/domain/duty/shift-pattern'
import type { DutyShiftRecord } from '@/domain/duty/handover'
import type { DutyStaff } from '@/domain/duty/staff'
import type { SwapRequest } from '@/domain/duty/swap'
import type { DuplicateReview } from '@/domain/person/duplicate-review'
import type { MapLayer, SchematicTile } from '@/domain/map/map-layer'
import type { MapSettings } from '@/domain/map/map-settings'
import type { RiskDecision } from '@/domain/map/risk-level'
import type { RiskRule } from '@/domain/map/risk-rules'
import type { ImportMapping } from '@/domain/person/import-mapping'
import type { LedgerTemplate } from '@/domain/ledgers/ledger-template'
import type { PackExport, PackImport } from '@/domain/packs/pack-log'
import type { ReceivedChunk } from '@/domain/packs/received-chunks'
import type { DailyReport } from '@/domain/reports/daily-report'
import type { Episode } from '@/domain/person/person'
import type { ChainHead } from '@/domain/log/log-chain'
import type { LogEntry } from '@/domain/log/log-entry'
import type { Meeting } from '@/domain/board/meeting'
import type { Incident } from '@/domain/log/incident'
import type { Order } from '@/domain/log/order'
import type { Playbook } from '@/domain/log/playbook'
import type { StockLocation } from '@/domain/supplies/stock-location'
import type {
  StockBalance,
  StockDocument,
  StockMovement,
  SupplyDay,
  SupplyTotal,
} from '@/domain/supplies/stock-document'
import type { SupplyItem } from '@/domain/supplies/supply-item'
import type { ReserveFund } from '@/domain/supplies/reserve-fund'
import type { Township } from '@/domain/township/township'
import type { Village } from '@/domain/township/village'
import type { PersonRow } from './person-row'
import { SCHEMA_VERSIONS } from './schema'
import { tallyMiddleware, type TallyRow } from './tallies'
import { stampTestClosings } from './test-closings'

/** The IndexedDB database name. Never change it: it and the app's origin are where every record lives. */
export const DATABASE_NAME = 'command-post'

/** The one row of `logHead`. */
export interface LogHeadRow extends ChainHead {
  id: 'head'
}

/** The Dexie database of the command post: one table per entity. Only `src/db/` uses it directly. */
export class CommandPostDatabase extends Dexie {
  /** Singleton settings rows; the township is `id: 'township'`. */
  settings!: EntityTable<Township, 'id'>
  villages!: EntityTable<Village, 'id'>
  users!: EntityTable<User, 'id'>
  audit!: EntityTable<AuditEntry, 'id'>
  /** People under watch, with the list fields kept on each row (person-row.ts). */
  persons!: EntityTable<PersonRow, 'id'>
  episodes!: EntityTable<Episode, 'id'>
  /** The likely-duplicate review queue. */
  duplicateReviews!: EntityTable<DuplicateReview, 'id'>
  /** Column mappings of people sheets, one per source. */
  importMappings!: EntityTable<ImportMapping, 'id'>
  /** Lists the county pushed down (协查 / 大数据比对). */
  countyLists!: EntityTable<CountyList, 'id'>
  countyListRows!: EntityTable<CountyListRow, 'id'>
  /** The wartime log 战时日志: append-only, hash-chained. */
  logEntries!: EntityTable<LogEntry, 'id'>
  /** The chain's newest entry (`id: 'head'`), so a deleted newest entry shows too. */
  logHead!: EntityTable<LogHeadRow, 'id'>
  /** Dispatch orders 交办. */
  orders!: EntityTable<Order, 'id'>
  /** Incidents with their first-time actions. */
  incidents!: EntityTable<Incident, 'id'>
  /** Saved playbooks (the built-in ten first-time actions until one is saved). */
  playbooks!: EntityTable<Playbook, 'id'>
  /** Supplies (v6): catalogue 物资目录, stock points 库存点, documents 单据, the ledger 台账, balances. */
  supplyItems!: EntityTable<SupplyItem, 'id'>
  stockLocations!: EntityTable<StockLocation, 'id'>
  stockDocuments!: EntityTable<StockDocument, 'id'>
  stockMovements!: EntityTable<StockMovement, 'id'>
  stockBalances!: EntityTable<StockBalance, 'id'>
  supplyTotals!: EntityTable<SupplyTotal, 'itemId'>
  supplyDays!: EntityTable<SupplyDay, 'id'>
  /** The reserve fund 防疫储备金 (v16): one row, its amount. */
  supplyFunds!: EntityTable<ReserveFund, 'id'>
  /** 管控措施 (issue 4). */
  measures!: EntityTable<ControlMeasure, 'id'>
  /** 集中隔离点 with their rooms. */
  sites!: EntityTable<QuarantineSite, 'id'>
  /** 健康监测: one row per measure and day. */
  healthChecks!: EntityTable<HealthCheck, 'id'>
  /** 核酸检测 appointments and results of measures. */
  nucleicTests!: EntityTable<NucleicTest, 'id'>
  /** 风险等级决定: dated, never edited (map). */
  riskDecisions!: EntityTable<RiskDecision, 'id'>
  /** 风险建议规则: the rules that suggest a level from the registers (map, v15). */
  riskRules!: EntityTable<RiskRule, 'id'>
  /** Geometry layers of the map, one per kind (WGS-84). */
  mapLayers!: EntityTable<MapLayer, 'id'>
  /** The schematic map's tiles, one per village. */
  schematicTiles!: EntityTable<SchematicTile, 'villageId'>
  /** The map's settings: one row, `id: 'map'`. */
  mapSettings!: EntityTable<MapSettings, 'id'>
  /** The duty register 值班人员. */
  dutyStaff!: EntityTable<DutyStaff, 'id'>
  /** The shift pattern in force (one row, `current`). */
  dutyPatterns!: EntityTable<ShiftPattern, 'id'>
  /** The roster 值班表, one row per day keyed by `YYYY-MM-DD`. */
  dutyDays!: EntityTable<DutyDay, 'id'>
  /** 外出报备 */
  leaveRequests!: EntityTable<LeaveRequest, 'id'>
  /** 换班申请 */
  swapRequests!: EntityTable<SwapRequest, 'id'>
  /** Sign-ins, notes, open items and the handover of each shift. */
  dutyShiftRecords!: EntityTable<DutyShiftRecord, 'id'>
  /** 数据包导出记录: every pack written. */
  packExports!: EntityTable<PackExport, 'id'>
  /** 数据包接收记录: every pack imported from a township. */
  packImports!: EntityTable<PackImport, 'id'>
  /** Records received in packs, per township, apart from this install's own registers (in chunks, v14). */
  packRecords!: EntityTable<ReceivedChunk, 'id'>
  /** Ledger export templates, one per register (id = the register's key). */
  ledgerTemplates!: EntityTable<LedgerTemplate, 'id'>
  /** 调度会 records made on the dispatch board (v12). */
  meetings!: EntityTable<Meeting, 'id'>
  /** 日报 / 零报告: every version of every day's report (v13). */
  reports!: EntityTable<DailyReport, 'id'>
  /** 全员核酸 rounds, their people, pooled tubes, samples and per-village coverage counters (v11). */
  testingRounds!: EntityTable<TestingRound, 'id'>
  roundTargets!: EntityTable<RoundTarget, 'id'>
  poolTubes!: EntityTable<PoolTube, 'id'>
  roundSamples!: EntityTable<RoundSample, 'id'>
  roundCoverage!: EntityTable<RoundCoverage, 'id'>
  /** Rule packs written or overridden locally, one row per version (v11). */
  localPacks!: EntityTable<StoredPack, 'id'>
  /** Maintained counters (v20): rows per value of a counted field, kept by the tally middleware (tallies.ts). */
  tallies!: EntityTable<TallyRow, 'key'>

  constructor(name: string = DATABASE_NAME) {
    // Strict durability: a committed write has reached the disk, so a power cut loses nothing acknowledged.
    super(name, { chromeTransactionDurability: 'strict' })
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores)
      if (upgrade) declared.upgrade(upgrade)
    }
    this.use(tallyMiddleware)
    stampTestClosings(this)
  }
}

/** Opens (creating or migrating) a command-post database. */
export async function openDatabase(name: string = DATABASE_NAME): Promise<CommandPostDatabase> {
  const db = new CommandPostDatabase(name)
  await db.open()
  return db
}
