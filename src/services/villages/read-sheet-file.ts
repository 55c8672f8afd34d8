import { read, SSF, type CellObject, type WorkSheet } from '@e965/xlsx'
import { ValidationError } from '@/domain/common/result'
import { findSheetHeader } from '@/domain/township/sheet-header'
import { decodeText, parseDelimitedText, startsWith } from './delimited-text'

/** The file name endings the village import accepts. */
export const SHEET_FILE_TYPES = ['xlsx', 'xls', 'csv', 'txt'] as const

/** Why a file could not be read at all. */
export type SheetFileProblemCode = 'file.type' | 'file.empty' | 'file.unreadable' | 'file.encrypted'

const ZIP = [0x50, 0x4b, 0x03, 0x04] // .xlsx
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] // .xls, and any password-protected workbook

function refuse(code: SheetFileProblemCode, name: string): ValidationError {
  return new ValidationError([{ field: 'file', code, params: { name } }])
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase()
}

/** Many web systems "export to Excel" as an HTML table named .xls; SheetJS reads those. */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 512))
    .replace(/^\ufeff/, '')
    .trimStart()
  return head.startsWith('<')
}

/**
 * Numbers as Excel shows them, never with an exponent. Excel keeps 15 significant digits: a 12-digit code is
 * exact, while an 18-digit ID number stored as a number has already lost its tail and reads `…000`, as in
 * Excel, rather than with invented digits (`…320`) that would pass for a real one.
 */
function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  const [mantissa, exponent] = value.toPrecision(15).split('e')
  // 16 digits or more: the 15 significant digits, then zeros (BigInt of the double would invent digits).
  if (exponent !== undefined && Number(exponent) >= 15) {
    const digits = mantissa.replace(/[-.]/g, '')
    return (value < 0 ? '-' : '') + digits.padEnd(Number(exponent) + 1, '0')
  }
  const rounded = Number(mantissa)
  return Number.isInteger(rounded) ? BigInt(rounded).toString() : String(rounded)
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A date cell as `2022-11-18`, or `2022-11-18 14:30` when it carries a time: what the clerk saw, not the serial. */
function dateText(serial: number): string {
  const d = SSF.parse_date_code(serial) as { y: number; m: number; d: number; H: number; M: number }
  const day = `${d.y}-${pad(d.m)}-${pad(d.d)}`
  return d.H === 0 && d.M === 0 ? day : `${day} ${pad(d.H)}:${pad(d.M)}`
}

// Read with cellText off (formatting every cell's text costs a third of the parse), an error cell has only its code.
const EXCEL_ERRORS: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
}

function cellString(cell: CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return ''
  switch (cell.t) {
    case 'n':
      return cell.z !== undefined && SSF.is_date(cell.z) ? dateText(cell.v as number) : formatNumber(cell.v as number)
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE'
    case 'e':
      return cell.w ?? EXCEL_ERRORS[cell.v as number] ?? ''
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v)
    default:
      return String(cell.v)
  }
}

/** The rows of a worksheet from Excel's row 1 and column A, every cell a string, merged cells filled in. */
function sheetRows(sheet: WorkSheet): string[][] {
  const data = sheet['!data'] ?? []
  const rows: string[][] = []
  for (let index = 0; index < data.length; index++) rows.push(Array.from(data[index] ?? [], cellString))
  // A merged cell holds its value only in its top-left cell; the clerk sees it across the whole area, and a
  // two-row header needs it in both rows.
  for (const merge of sheet['!merges'] ?? []) {
    const value = rows[merge.s.r]?.[merge.s.c] ?? ''
    for (let r = merge.s.r; r <= Math.min(merge.e.r, rows.length - 1); r++) {
      for (let c = merge.s.c; c <= merge.e.c; c++) rows[r][c] = value
    }
  }
  return rows.map((row) => Array.from(row, (cell) => cell ?? ''))
}

/** One worksheet of a file: its name (for a CSV, the file's name without extension) and its rows as strings. */
export interface SheetFileSheet {
  name: string
  rows: string[][]
}

function readWorkbookSheets(name: string, bytes: Uint8Array): SheetFileSheet[] {
  try {
    const workbook = read(bytes, {
      type: 'array',
      dense: true,
      cellNF: true, // number formats tell a date cell from a number
      cellFormula: false,
      cellHTML: false,
      cellText: false,
    })
    return workbook.SheetNames.map((sheetName) => ({ name: sheetName, rows: sheetRows(workbook.Sheets[sheetName]) }))
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw refuse(/password|encrypt/i.test(message) ? 'file.encrypted' : 'file.unreadable', name)
  }
}

function isBlank(rows: string[][]): boolean {
  return rows.every((row) => row.every((cell) => cell.trim() === ''))
}

/** Of sheets with content: the first with a code and a name column; else the first with any header; else the first. */
function chooseSheet(filled: string[][][]): string[][] | undefined {
  const headers = filled.map((rows) => findSheetHeader(rows))
  const complete = headers.findIndex(
    (header) => header?.columns.code !== undefined && header.columns.name !== undefined,
  )
  if (complete >= 0) return filled[complete]
  const any = headers.findIndex((header) => header !== undefined)
  return filled[any >= 0 ? any : 0]
}

/**
 * Reads every worksheet of a spreadsheet file (.xlsx, .xls, .csv, or .txt read as CSV) that has any content, in
 * workbook order, each cell a string, row 0 being Excel's row 1. The content decides how it is read, not the
 * name: a "CSV" that is really a workbook still opens. CSV and text keep every cell as text; workbook numbers
 * come out as their exact digits (`511826100201`); merged cells are filled in. Pure: runs in a Web Worker too.
 * @throws ValidationError with code `file.type`, `file.empty`, `file.unreadable` or `file.encrypted`
 * (field `file`, params `{ name }`): nothing can be imported from the file.
 */
export function readSheetFileSheets(fileName: string, bytes: Uint8Array): SheetFileSheet[] {
  const extension = extensionOf(fileName)
  if (!(SHEET_FILE_TYPES as readonly string[]).includes(extension)) throw refuse('file.type', fileName)
  if (bytes.length === 0) throw refuse('file.empty', fileName)
  let sheets: SheetFileSheet[]
  if (startsWith(bytes, ZIP) || startsWith(bytes, COMPOUND_FILE) || (extension === 'xls' && looksLikeMarkup(bytes))) {
    sheets = readWorkbookSheets(fileName, bytes)
  } else {
    const text = decodeText(bytes)
    if (text === undefined) throw refuse('file.unreadable', fileName)
    sheets = [{ name: fileName.replace(/\.[^.]*$/, ''), rows: parseDelimitedText(text) }]
  }
  const filled = sheets.filter((sheet) => !isBlank(sheet.rows))
  if (filled.length === 0) throw refuse('file.empty', fileName)
  return filled
}

/**
 * Reads the rows of a spreadsheet file as {@link readSheetFileSheets} does; of several sheets, the first with a
 * recognisable village header is taken.
 * @throws ValidationError with code `file.type`, `file.empty`, `file.unreadable` or `file.encrypted`
 * (field `file`, params `{ name }`): nothing can be imported from the file.
 */
export function readSheetFile(fileName: string, bytes: Uint8Array): unknown[][] {
  const rows = chooseSheet(readSheetFileSheets(fileName, bytes).map((sheet) => sheet.rows))
  if (!rows) throw refuse('file.empty', fileName)
  return rows
}
