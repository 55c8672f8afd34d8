import { maskDocumentNumber, maskPhone } from '../person/mask'
import type { LedgerColumnKind, LedgerData, LedgerRegister, LedgerValue } from './ledger-register'
import { templateColumns, type LedgerDateFormat, type LedgerTemplateInput } from './ledger-template'

/**
 * A ledger's rows, each row's cells made when a writer asks for them: the 150k-row people ledger never holds its
 * 2.5 million cells at once (kept, they outlived the young generation and cost the pack a full garbage
 * collection and more than a second).
 */
export interface LedgerRows {
  readonly length: number
  /** Row `r`'s cells in column order, written into `cells` (the caller's, reused row after row) and returned. */
  at(r: number, cells: LedgerValue[]): LedgerValue[]
}

/** A ledger ready to write: title, headers, each column's kind, and its rows of cell values in column order. */
export interface LedgerTable {
  title: string
  /** Sheet name and file name stem. */
  name: string
  headers: string[]
  kinds: LedgerColumnKind[]
  rows: LedgerRows
}

/** Rows already made (a small table, a test) as {@link LedgerRows}. */
export function ledgerRowsOf(rows: readonly (readonly LedgerValue[])[]): LedgerRows {
  return {
    length: rows.length,
    at(r, cells) {
      const row = rows[r]
      cells.length = row.length
      for (let i = 0; i < row.length; i++) cells[i] = row[i]
      return cells
    },
  }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A `YYYY-MM-DD` day in the template's format; anything else is returned as it is. */
export function formatLedgerDate(day: string, format: LedgerDateFormat): string {
  if (format === 'YYYY-MM-DD') return day
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!m) return day
  const [, y, mo, d] = m
  switch (format) {
    case 'YYYY/MM/DD':
      return `${y}/${mo}/${d}`
    case 'YYYY年M月D日':
      return `${y}年${Number(mo)}月${Number(d)}日`
    case 'YYYYMMDD':
      return `${y}${mo}${d}`
    case 'M月D日':
      return `${Number(mo)}月${Number(d)}日`
    default:
      return day
  }
}

/** An instant as the day (in the format) and `HH:mm`, on this PC's clock. */
export function formatLedgerDateTime(at: number, format: LedgerDateFormat): string {
  const t = new Date(at)
  const day = `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`
  return `${formatLedgerDate(day, format)} ${pad(t.getHours())}:${pad(t.getMinutes())}`
}

/** How a cell leaves the app: masked when `reveal` is false, dates formatted, text trimmed of nothing. */
export function ledgerCell(value: LedgerValue, kind: LedgerColumnKind, format: LedgerDateFormat, reveal: boolean) {
  if (value === undefined || value === '') return undefined
  switch (kind) {
    case 'id':
      return reveal ? String(value) : maskDocumentNumber(String(value))
    case 'phone':
      return reveal
        ? String(value)
        : String(value)
            .split('，')
            .map((phone) => maskPhone(phone))
            .join('，')
    case 'private':
      return reveal ? value : undefined
    case 'date':
      return formatLedgerDate(String(value), format)
    case 'datetime':
      return typeof value === 'number' ? formatLedgerDateTime(value, format) : value
    default:
      return value
  }
}

/**
 * A register's ledger under a template: the template's columns in its order and titles, every row of the data,
 * ID numbers and phones masked and private fields left empty unless `reveal` (people.reveal / a full pack).
 */
export function buildLedgerTable(
  register: LedgerRegister,
  template: LedgerTemplateInput,
  data: LedgerData,
  reveal: boolean,
): LedgerTable {
  const columns = templateColumns(template, register)
  const format = template.dateFormat
  const keys = columns.map((c) => c.key)
  const kinds = columns.map((c) => c.kind)
  const source = register.rows(data)
  const rows: LedgerRows = {
    length: source.length,
    at(r, cells) {
      const row = source[r]
      cells.length = keys.length
      for (let i = 0; i < keys.length; i++) cells[i] = ledgerCell(row[keys[i]], kinds[i], format, reveal)
      return cells
    },
  }
  return {
    title: template.title.trim(),
    name: register.title,
    headers: columns.map((c) => c.header),
    kinds: columns.map((c) => c.kind),
    rows,
  }
}

function csvField(value: LedgerValue): string {
  const text = value === undefined ? '' : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * The ledger as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads Chinese), CRLF lines, the title row
 * when there is one, then headers and rows. A CSV cannot say that a column is text: the xlsx is the copy in
 * which ID numbers are safe, and the page says so.
 */
export function ledgerCsv(table: LedgerTable): string {
  const lines: string[] = []
  if (table.title) lines.push(csvField(table.title))
  lines.push(table.headers.map(csvField).join(','))
  const cells: LedgerValue[] = []
  for (let r = 0; r < table.rows.length; r++) lines.push(table.rows.at(r, cells).map(csvField).join(','))
  return '\uFEFF' + lines.join('\r\n') + '\r\n'
}
