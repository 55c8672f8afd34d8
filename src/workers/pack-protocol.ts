// The messages between the pack worker and the page: one request at a time. `export` builds a pack from the
// database; `open` verifies a pack file and keeps it in the worker; `import` stores the pack opened last.
// Types only: both sides import this file.
import type { Actor } from '@/domain/accounts/user'
import type { Problem } from '@/domain/common/result'
import type { PackManifest } from '@/domain/packs/pack-manifest'
import type { PackImport } from '@/domain/packs/pack-log'
import type { PackExporter, PackExportRequest } from '@/services/packs/export-service'
import type { PackImportOutcome } from '@/services/packs/import-service'

/** What the page asks the pack worker. */
export type PackRequest =
  | { kind: 'export'; request: PackExportRequest; exporter: PackExporter }
  | { kind: 'open'; bytes: ArrayBuffer; fileName: string; password?: string }
  | { kind: 'import'; actor: Actor }

/** A verified pack as the page shows it (the records stay in the worker). */
export interface OpenedPackSummary {
  fileName: string
  packHash: string
  encrypted: boolean
  manifest: PackManifest
  /** The earlier import of this very pack, when there was one. */
  importedBefore?: PackImport
}

/** A written pack: its bytes are transferred to the page. */
export interface ExportedPack {
  bytes: ArrayBuffer
  fileName: string
  manifest: PackManifest
  packHash: string
}

/** Which step a long job is at, for the progress bar. */
export type PackPhase = 'reading' | 'preparing' | 'zipping' | 'hashing' | 'verifying' | 'writing'

/** What the worker answers: progress lines, then one result (or `failed`) per request. */
export type PackReply =
  | { kind: 'progress'; phase: PackPhase; done: number; total: number; what?: string }
  | { kind: 'exported'; pack: ExportedPack }
  | { kind: 'opened'; summary: OpenedPackSummary }
  | { kind: 'imported'; outcome: PackImportOutcome }
  | { kind: 'failed'; problems: Problem[]; message: string }
