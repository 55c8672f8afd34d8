import { read, SSF, type CellObject, type WorkSheet } from '@e965/xlsx'
import { findCountyListHeader } from '@/domain/county-list/list-sheet'
import { readSheetFile } from '../villages/read-sheet-file'

const pad = (n: number) => String(n).padStart(2, '0')

function isWorkbook(bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b // .xlsx
  const compoundFile = bytes[0] === 0xd0 && bytes[1] === 0xcf // .xls
  return zip || compoundFile
}

/** A date cell as `2022-11-18`, or `2022-11-18 14:30` when it carries a time: what the clerk saw, unambiguous. */
function dateText(serial: number): string {
  const d = SSF.parse_date_code(serial) as { y: number; m: number; d: number; H: number; M: number }
  const day = `${d.y}-${pad(d.m)}-${pad(d.d)}`
  return d.H === 0 && d.M === 0 ? day : `${day} ${pad(d.H)}:${pad(d.M)}`
}

/**
 * Numbers as Excel shows their digits: 15 significant, never an exponent. An 18-digit ID stored as a number has
 * lost its tail and reads `…011000` as in Excel; the digits are built from the 15 kept, since the double nearest
 * to 511826199201011000 prints as `…011008`, which would pass for a real number.
 */
function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  if (Number.isInteger(value) && Math.abs(value) >= 1e15) {
    const [mantissa, exponent] = value.toExponential(14).split('e')
    const digits = mantissa.replace(/[-.]/g, '').replace(/0+$/, '')
    return (value < 0 ? '-' : '') + digits.padEnd(Number(exponent) + 1, '0')
  }
  return String(Number(value.toPrecision(15)))
}

function cellText(cell: CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return ''
  if (cell.t === 'n') {
    const value = cell.v as number
    return cell.z !== undefined && SSF.is_date(cell.z) ? dateText(value) : numberText(value)
  }
  if (cell.t === 'b') return cell.v ? 'TRUE' : 'FALSE'
  if (cell.t === 'e') return cell.w ?? ''
  if (cell.t === 'd' && cell.v instanceof Date) return cell.v.toISOString().slice(0, 10)
  return String(cell.v)
}

function sheetRows(sheet: WorkSheet): string[][] {
  // Array.from, not map: a blank row is a hole in the dense array, and map would keep the hole.
  return Array.from(sheet['!data'] ?? [], (row) => Array.from(row ?? [], (cell) => cellText(cell)))
}

/**
 * Reads a county list file as rows of text. The file is first checked and read as every sheet import is
 * ({@link readSheetFile}: type, emptiness, password, GBK or UTF-8 CSV). A workbook is then read again with its
 * number formats, so a date cell keeps its date (`2022-11-18 14:30`, not the serial `44883.6`), and of several
 * sheets the first with a county-list header (姓名 or 身份证号码…) is taken.
 * @throws ValidationError as {@link readSheetFile} does.
 */
export function readCountySheetFile(fileName: string, bytes: Uint8Array): unknown[][] {
  const rows = readSheetFile(fileName, bytes)
  if (!isWorkbook(bytes)) return rows
  const workbook = read(bytes, { type: 'array', dense: true, cellNF: true, cellFormula: false, cellHTML: false })
  const sheets = workbook.SheetNames.map((name) => sheetRows(workbook.Sheets[name]))
  return sheets.find((sheet) => findCountyListHeader(sheet).index >= 0) ?? rows
}
