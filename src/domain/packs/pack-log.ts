import type { Instant } from '../common/entity'
import type { PackManifest, PackMode, PackProfile } from './pack-manifest'
import type { TableImportCounts } from './pack-receipt'

/** 数据包导出记录: one line per pack written — who, when, which profile and window, how many records, its hash. */
export interface PackExport {
  /** The manifest's packId (`pck_<ulid>`). */
  id: string
  fileName: string
  recipient: string
  profile: PackProfile
  mode: PackMode
  window: PackManifest['window']
  since: Instant
  sequence: number
  counts: Record<string, number>
  /** SHA-256 of the .cpk.zip file. */
  packHash: string
  encrypted: boolean
  createdAt: Instant
  createdBy: string
  createdByName: string
}

/** 数据包接收记录: one line per pack imported (the county side), keyed by the pack's id. */
export interface PackImport {
  /** The manifest's packId. */
  id: string
  fileName: string
  packHash: string
  township: PackManifest['township']
  window: PackManifest['window']
  profile: PackProfile
  mode: PackMode
  sequence: number
  packCreatedAt: Instant
  operatorName: string
  counts: Record<string, number>
  /** What the import did per table. */
  results: Record<string, TableImportCounts>
  importedAt: Instant
  importedBy: string
  importedByName: string
}
