import { maskDocumentNumber, maskPhone } from '../person/mask'
import type { LedgerColumnKind, LedgerData, LedgerRegister, LedgerValue } from './ledger-register'
import { templateColumns, type LedgerDateFormat, type LedgerTemplateInput } from './ledger-template'

/** A ledger ready to write: title, headers, each column's kind, and rows of cell values in column order. */
export interface LedgerTable {
  title: string
  /** Sheet name and file name stem. */
  name: string
  headers: string[]
  kinds: LedgerColumnKind[]
  rows: LedgerValue[][]
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
  // Plain loops into arrays of the right length: the people ledger maps 150k rows of 17 cells.
  const source = register.rows(data)
  const rows = new Array<LedgerValue[]>(source.length)
  for (let r = 0; r < source.length; r++) {
    const row = source[r]
    const cells = new Array<LedgerValue>(keys.length)
    for (let i = 0; i < keys.length; i++) cells[i] = ledgerCell(row[keys[i]], kinds[i], format, reveal)
    rows[r] = cells
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
  for (const row of table.rows) lines.push(row.map(csvField).join(','))
  return '\uFEFF' + lines.join('\r\n') + '\r\n'
}
