import { LEDGER_REGISTERS } from '@/domain/ledgers/ledger-registers'
import { buildLedgerTable } from '@/domain/ledgers/ledger-table'
import type { CommandPostDatabase } from '@/db/database'
import { readLedgerData } from '@/db/repositories/ledger-source-repository'
import { listLedgerTemplates } from '@/db/repositories/ledger-template-repository'
import type { PackAttachmentContext, PackAttachmentFile } from '../packs/pack-attachments'
import { templateFor } from './ledger-service'
import { ledgerWorkbook } from './ledger-workbook'

/**
 * The `ledgers/*.xlsx` of a data pack: every register's ledger under the county's template, whole (also in an
 * incremental pack: a ledger is the register as it stands), masked unless the pack's profile is full. A
 * register with no rows is left out. Tables the full pack already read are not read again.
 */
export async function ledgerPackFiles(
  db: CommandPostDatabase,
  context: PackAttachmentContext,
): Promise<PackAttachmentFile[]> {
  const templates = await listLedgerTemplates(db)
  const tables = LEDGER_REGISTERS.flatMap((register) => register.tables)
  const given = context.fullRecords ?? new Map()
  const data = await readLedgerData(db, tables, given as ReadonlyMap<string, readonly Record<string, unknown>[]>)
  const files: PackAttachmentFile[] = []
  for (const register of LEDGER_REGISTERS) {
    const table = buildLedgerTable(register, templateFor(templates, register), data, context.profile === 'full')
    if (table.rows.length) files.push({ name: `${register.title}.xlsx`, bytes: await ledgerWorkbook(table) })
  }
  return files
}
