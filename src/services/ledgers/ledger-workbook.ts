import type { LedgerTable } from '@/domain/ledgers/ledger-table'
import { ledgerCsv } from '@/domain/ledgers/ledger-table'
import { sharedStrings, sharedStringsXmlChunks, sheetXmlChunks, workbookParts } from '@/domain/ledgers/xlsx-parts'
import { writeZip } from '../packs/zip-files'

/** The two file formats a ledger exports as. */
export type LedgerFormat = 'xlsx' | 'csv'

/** UTF-8 of text given in pieces, as one array: no string of the whole sheet (~150 MB) is ever made. */
function encodeChunks(encoder: TextEncoder, chunks: readonly string[]): Uint8Array<ArrayBuffer> {
  const encoded = chunks.map((chunk) => encoder.encode(chunk))
  const out = new Uint8Array(encoded.reduce((sum, bytes) => sum + bytes.length, 0))
  let at = 0
  for (const bytes of encoded) {
    out.set(bytes, at)
    at += bytes.length
  }
  return out
}

/** The ledger as an .xlsx workbook (one sheet; ID and phone columns are text cells; shared strings). */
export async function ledgerWorkbook(table: LedgerTable): Promise<Uint8Array> {
  const encoder = new TextEncoder()
  const parts = Object.entries(workbookParts(table.name, true)).map(([path, text]) => ({
    path,
    bytes: encoder.encode(text),
  }))
  const strings = sharedStrings()
  parts.push({ path: 'xl/worksheets/sheet1.xml', bytes: encodeChunks(encoder, sheetXmlChunks(table, strings)) })
  parts.push({ path: 'xl/sharedStrings.xml', bytes: encodeChunks(encoder, sharedStringsXmlChunks(strings)) })
  return writeZip(parts, undefined)
}

/** The ledger's file in a format: xlsx, or CSV (UTF-8 with BOM). */
export async function ledgerFile(table: LedgerTable, format: LedgerFormat): Promise<Uint8Array> {
  return format === 'xlsx' ? ledgerWorkbook(table) : new TextEncoder().encode(ledgerCsv(table))
}
