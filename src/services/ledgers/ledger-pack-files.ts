import type { LedgerData } from '@/domain/ledgers/ledger-register'
import { LEDGER_REGISTERS } from '@/domain/ledgers/ledger-registers'
import { buildLedgerTable } from '@/domain/ledgers/ledger-table'
import type { LedgerTemplateInput } from '@/domain/ledgers/ledger-template'
import type { CommandPostDatabase } from '@/db/database'
import { readLedgerData } from '@/db/repositories/ledger-source-repository'
import { listLedgerTemplates } from '@/db/repositories/ledger-template-repository'
import type { PackAttachmentContext, PackAttachmentFile, PendingFiles } from '../packs/pack-attachments'
import { templateFor } from './ledger-service'
import { ledgerWorkbook } from './ledger-workbook'

/** Everything the pack's ledgers are built from: already read, so they can be built anywhere (another worker). */
export interface LedgerPackInput {
  data: LedgerData
  templates: LedgerTemplateInput[]
  /** Full ID numbers and phones (a full pack), or masked. */
  full: boolean
}

/** Builds the pack's ledgers from their input (in this thread, or in the ledger worker). */
export type LedgerPackBuilder = (input: LedgerPackInput) => Promise<PackAttachmentFile[]>

/**
 * The `ledgers/*.xlsx` of a data pack from what was read: every register's ledger under the county's template,
 * masked unless `full`. A register with no rows is left out.
 */
export async function buildLedgerPackFiles(input: LedgerPackInput): Promise<PackAttachmentFile[]> {
  const files: PackAttachmentFile[] = []
  for (const register of LEDGER_REGISTERS) {
    const table = buildLedgerTable(register, templateFor(input.templates, register), input.data, input.full)
    if (table.rows.length) files.push({ name: `${register.title}.xlsx`, bytes: await ledgerWorkbook(table) })
  }
  return files
}

/**
 * The `ledgers/*.xlsx` of a data pack: every register's ledger under the county's template, whole (also in an
 * incremental pack: a ledger is the register as it stands), masked unless the pack's profile is full. Tables the
 * full pack already read are not read again, so the ledgers show exactly the rows of `data/*.ndjson`. With
 * `context.buildLedgers` (the pack worker's second worker) the files are built there while the pack's data is
 * prepared here; they are awaited before zipping.
 */
export async function ledgerPackFiles(
  db: CommandPostDatabase,
  context: PackAttachmentContext,
): Promise<PackAttachmentFile[] | PendingFiles> {
  const templates = await listLedgerTemplates(db)
  const tables = LEDGER_REGISTERS.flatMap((register) => register.tables)
  const given = context.fullRecords ?? new Map()
  const data = await readLedgerData(db, tables, given as ReadonlyMap<string, readonly Record<string, unknown>[]>)
  const input: LedgerPackInput = { data, templates, full: context.profile === 'full' }
  if (!context.buildLedgers) return buildLedgerPackFiles(input)
  // Should the other worker fail (no nested workers, out of memory), the ledgers are built here after all.
  return { pending: context.buildLedgers(input).catch(() => buildLedgerPackFiles(input)) }
}
