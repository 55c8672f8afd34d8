import { findCountyListHeader } from '@/domain/county-list/list-sheet'
import { readSheetFileSheets } from '../villages/read-sheet-file'

/**
 * Reads a county list file as rows of text, as every sheet import is read ({@link readSheetFileSheets}: type,
 * emptiness, password, GBK or UTF-8 CSV, date cells as dates, 18-digit numbers as Excel shows them); of several
 * sheets the first with a county-list header (姓名 or 身份证号码…) is taken, else the first.
 * @throws ValidationError as {@link readSheetFileSheets} does.
 */
export function readCountySheetFile(fileName: string, bytes: Uint8Array): unknown[][] {
  const sheets = readSheetFileSheets(fileName, bytes).map((sheet) => sheet.rows)
  return sheets.find((rows) => findCountyListHeader(rows).index >= 0) ?? sheets[0]
}
