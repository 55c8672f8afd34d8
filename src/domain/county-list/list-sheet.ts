import type { LocalDate } from '../common/entity'
import { readDocumentNumber } from '../person/id-number'
import type { DocumentCheck } from '../person/person'
import { readPhones } from '../person/phone'
import { cellText } from '../township/sheet-cells'
import { findHeaderRows } from '../common/sheet-header-rows'
import { headerMatcher } from '../township/sheet-header'
import type { CountyListColumns } from './county-list'

/** A column of a county list the app understands. */
export type CountyListColumn = keyof CountyListColumns

/** Why a county sheet cannot be imported at all. */
export type CountyListSheetFatal = 'empty' | 'noHeader'

/** One person row of the county's sheet: the cells as text, and what the app read from them. */
export interface CountyListSheetRow {
  /** 1-based row number as Excel shows it. */
  rowNumber: number
  /** Every cell as trimmed text, one per header. */
  cells: string[]
  name: string
  /** Normalised (half-width, upper-case X, a 15-digit ID upgraded to 18). */
  documentNumber: string
  documentCheck: DocumentCheck
  /** The first mobile in the cell, else the first number found; ''. */
  phone: string
  /** The village column's text, ''. */
  villageText: string
  /** The address column's text, ''. */
  address: string
}

/** A row left out: blank, a total (合计, 小计…), or with no name, document number or phone (a signature line). */
export interface SkippedRow {
  rowNumber: number
  reason: 'blank' | 'total' | 'noPerson'
}

/** A county sheet read: its own headers kept in order, the understood columns, the person rows. */
export interface CountyListSheet {
  /** Text above the header (the sheet's title row), ''. */
  title: string
  /** 0-based index of the (first) header row; -1 when there is none. */
  headerRowIndex: number
  headers: string[]
  columns: CountyListColumns
  rows: CountyListSheetRow[]
  skipped: SkippedRow[]
  fatal?: CountyListSheetFatal
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean)
}

// Written as normalizeHeader leaves them, brackets removed: 所属村（社区） → 所属村社区.
const ALIASES: Record<CountyListColumn, string[]> = {
  name: words('姓名 名字 人员姓名 旅客姓名 乘客姓名 对象姓名 核查对象 当事人 本人姓名'),
  documentNumber: words(
    '身份证号 身份证号码 身份证 证件号码 证件号 证件编号 公民身份号码 公民身份证号码 居民身份证号码 身份证件号码 ' +
      '有效证件号码 身份证号证件号码 身份证号码证件号码',
  ),
  phone: words('手机号 手机号码 手机 联系电话 电话 电话号码 联系方式 联系号码 本人电话 本人手机号'),
  village: words('所属村 所属村社区 所属社区 村社区 所在村 所在村社区 村居 所属村居 村 社区'),
  address: words('现居住地 现住址 现居住地址 现住地址 居住地址 居住地 地址 住址 详细地址 家庭住址'),
}

/** The understood column a header cell names, if any: exact synonyms, so a title row never matches. */
export const countyColumnOfHeader: (cell: unknown) => CountyListColumn | undefined = headerMatcher(ALIASES)

/** Where a county sheet's header sits: one row, or two for a merged header (`本人信息` over `姓名 | 身份证号`). */
export interface CountyListHeader {
  /** 0-based index of the first header row; -1 when there is none. */
  index: number
  /** 0-based index of the last header row: data starts on the row after it. */
  lastIndex: number
  columns: CountyListColumns
  /** Per column, the county's label; a two-row header's cells joined as `upper/lower`. */
  labels: string[]
}

/**
 * The header within the first ten rows (HEADER_SEARCH_ROWS): the row, or pair of rows of a merged two-row
 * header, naming the most understood columns (see findHeaderRows); it must name the name or the document
 * number. The first column of a meaning wins (本人手机 before a relative's 联系电话). Index -1 when there is none.
 */
export function findCountyListHeader(rows: unknown[][]): CountyListHeader {
  const none: CountyListHeader = { index: -1, lastIndex: -1, columns: {}, labels: [] }
  const found = findHeaderRows(rows, countyColumnOfHeader)
  if (!found) return none
  const columns: CountyListColumns = {}
  found.columns.forEach((column, index) => {
    if (column !== undefined && columns[column] === undefined) columns[column] = index
  })
  if (columns.name === undefined && columns.documentNumber === undefined) return none
  return { index: found.firstRowIndex, lastIndex: found.lastRowIndex, columns, labels: found.labels }
}

// A total line starts with 合计 / 小计 / 总计 / 共计, often with a count in the name column (`合计 | 6人`).
const TOTAL = /^(合|小|总|共)\s*计/

const lastFilled = (row: unknown[] | undefined) => {
  for (let i = (row?.length ?? 0) - 1; i >= 0; i--) if (cellText(row?.[i]) !== '') return i
  return -1
}

function firstPhone(cell: unknown): string {
  const phones = readPhones(cell)
  return (phones.find((p) => p.kind === 'mobile') ?? phones[0])?.value ?? ''
}

function readRow(row: unknown[], rowNumber: number, width: number, columns: CountyListColumns, today?: LocalDate) {
  const cells = Array.from({ length: width }, (_, i) => cellText(row[i]))
  const at = (column: CountyListColumn) => (columns[column] === undefined ? undefined : row[columns[column]])
  const rawNumber = at('documentNumber')
  const reading = cellText(rawNumber) === '' ? undefined : readDocumentNumber(rawNumber, 'resident-id', today)
  return {
    rowNumber,
    cells,
    name: cellText(at('name')),
    documentNumber: reading?.number ?? '',
    documentCheck: reading?.check ?? 'not-checked',
    phone: firstPhone(at('phone')),
    villageText: cellText(at('village')),
    address: cellText(at('address')),
  } satisfies CountyListSheetRow
}

/**
 * Reads the sheet a county pushed down (rows as {@link readSheetFile} gives them, row 0 being Excel's row 1).
 * Finds the header, keeps every one of the county's headers in order (the feedback repeats them), finds the
 * name, document-number, phone, village and address columns by their usual names, and turns each data row into
 * a row record. Blank rows, and rows with no name, number or phone (subtotals, signatures), are skipped.
 *
 * @param today `YYYY-MM-DD` for the ID check (a birth date may not be in the future); this PC's date if omitted.
 */
export function parseCountyListSheet(sheetRows: unknown[][], today?: LocalDate): CountyListSheet {
  const rows = Array.from(sheetRows, (row) => row ?? [])
  const base = { title: '', headerRowIndex: -1, headers: [], columns: {}, rows: [], skipped: [] }
  if (rows.every((row) => lastFilled(row) < 0)) return { ...base, fatal: 'empty' }
  const header = findCountyListHeader(rows)
  if (header.index < 0) return { ...base, fatal: 'noHeader' }
  const data = rows.slice(header.lastIndex + 1)
  const width = Math.max(lastFilled(header.labels), ...data.map(lastFilled)) + 1
  const title = rows.slice(0, header.index).map((row) => row.map(cellText).find((c) => c !== '') ?? '')
  const sheet: CountyListSheet = {
    ...base,
    title: title.find((text) => text !== '') ?? '',
    headerRowIndex: header.index,
    headers: Array.from({ length: width }, (_, i) => header.labels[i] ?? ''),
    columns: header.columns,
    rows: [],
    skipped: [],
  }
  data.forEach((row, offset) => {
    const rowNumber = header.lastIndex + offset + 2
    const read = lastFilled(row) < 0 ? undefined : readRow(row, rowNumber, width, header.columns, today)
    if (!read) sheet.skipped.push({ rowNumber, reason: 'blank' })
    else if (TOTAL.test(read.cells.find((cell) => cell !== '') ?? ''))
      sheet.skipped.push({ rowNumber, reason: 'total' })
    else if (read.name === '' && read.documentNumber === '' && read.phone === '')
      sheet.skipped.push({ rowNumber, reason: 'noPerson' })
    else sheet.rows.push(read)
  })
  return sheet
}
