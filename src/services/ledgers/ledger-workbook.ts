import type { LedgerTable } from '@/domain/ledgers/ledger-table'
import { ledgerCsv } from '@/domain/ledgers/ledger-table'
import { sharedStrings, workbookParts } from '@/domain/ledgers/xlsx-parts'
import { sharedStringsXmlBytes, sheetXmlBytes } from '@/domain/ledgers/xlsx-sheet'
import { writeZip, type DeflateSpeed } from '../packs/zip-files'

/** The two file formats a ledger exports as. */
export type LedgerFormat = 'xlsx' | 'csv'

/**
 * The ledger as an .xlsx workbook (one sheet; ID and phone columns are text cells; shared strings), its parts
 * deflated at `speed` (a data pack's ledgers: `fast`).
 */
export async function ledgerWorkbook(table: LedgerTable, speed: DeflateSpeed = 'standard'): Promise<Uint8Array> {
  const encoder = new TextEncoder()
  const parts = Object.entries(workbookParts(table.name, true)).map(([path, text]) => ({
    path,
    bytes: encoder.encode(text),
  }))
  const strings = sharedStrings()
  parts.push({ path: 'xl/worksheets/sheet1.xml', bytes: sheetXmlBytes(table, strings) })
  parts.push({ path: 'xl/sharedStrings.xml', bytes: sharedStringsXmlBytes(strings) })
  return writeZip(parts, undefined, speed)
}

/** The ledger's file in a format: xlsx, or CSV (UTF-8 with BOM). */
export async function ledgerFile(table: LedgerTable, format: LedgerFormat): Promise<Uint8Array> {
  return format === 'xlsx' ? ledgerWorkbook(table) : new TextEncoder().encode(ledgerCsv(table))
}
