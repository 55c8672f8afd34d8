import type { LedgerData, LedgerRegister } from '@/domain/ledgers/ledger-register'
import { buildLedgerTable } from '@/domain/ledgers/ledger-table'
import type { LedgerTemplateInput } from '@/domain/ledgers/ledger-template'
import type { PackProfile } from '@/domain/packs/pack-manifest'
import { templateFor } from './ledger-service'
import { ledgerWorkbook } from './ledger-workbook'

/** A ledger as a data pack carries it: `ledgers/<title>.xlsx`. */
export interface LedgerPackFile {
  name: string
  bytes: Uint8Array
}

/**
 * A register's ledger for a data pack, under the county's template, whole (also in an incremental pack: a ledger
 * is the register as it stands), masked unless the pack's profile is full; undefined when the register has no
 * rows (the pack leaves it out). Deflated `fast`, like the pack's data files.
 */
export async function ledgerPackFile(
  register: LedgerRegister,
  templates: readonly LedgerTemplateInput[],
  data: LedgerData,
  profile: PackProfile,
): Promise<LedgerPackFile | undefined> {
  const table = buildLedgerTable(register, templateFor(templates, register), data, profile === 'full')
  if (!table.rows.length) return undefined
  return { name: `${register.title}.xlsx`, bytes: await ledgerWorkbook(table, 'fast') }
}
