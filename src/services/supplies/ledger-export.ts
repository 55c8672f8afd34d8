import { utils, write, type CellObject } from '@e965/xlsx'
import type { LocalDate } from '@/domain/common/entity'
import { ValidationError } from '@/domain/common/result'
import { itemLedgerRows, type ItemLedger } from '@/domain/supplies/ledger-rows'
import type { StockLocation } from '@/domain/supplies/stock-location'
import type { SupplyItem } from '@/domain/supplies/supply-item'
import type { CommandPostDatabase } from '@/db/database'
import { itemLedger, openingBalance } from '@/db/repositories/stock-query-repository'
import { listItems, listLocations } from '@/db/repositories/supply-catalogue-repository'

/** The header of the ledger sheet, in the usual order (日期、单号、收入、发出、结存、经办人). */
export const LEDGER_COLUMNS = [
  '日期',
  '单号',
  '类别',
  '摘要',
  '库存点',
  '批号',
  '有效期至',
  '收入',
  '发出',
  '结存',
  '经办人',
] as const

const KIND_NAMES = {
  receipt: '入库',
  issue: '出库',
  transfer: '调拨',
  writeOff: '报损',
  stocktake: '盘点',
  reversal: '冲销',
}

const text = (v: string): CellObject => ({ t: 's', v, z: '@' })
const num = (v: number): CellObject => ({ t: 'n', v })
const blank = (): CellObject => ({ t: 's', v: '' })

/** A ledger workbook ready to save. */
export interface LedgerFile {
  fileName: string
  bytes: Uint8Array
}

/**
 * The stock card of one item as an .xlsx sheet: a title, the item, the period, the header, the opening balance,
 * one row per movement, the totals and the closing balance. Quantities are number cells; dates, numbers of
 * documents and batch numbers are text cells (Excel would turn `20261129` or `2026-11-29` into something else).
 */
export function ledgerWorkbook(
  item: SupplyItem,
  ledger: ItemLedger,
  locations: ReadonlyMap<string, StockLocation>,
  from: LocalDate,
  to: LocalDate,
): Uint8Array {
  const rows: CellObject[][] = [
    [text(`${item.name}出入库台账`)],
    [text(`物资：${item.name}\u3000规格：${item.specification}\u3000单位：${item.unit}\u3000期间：${from} 至 ${to}`)],
    LEDGER_COLUMNS.map((h) => text(h)),
    [text(from), blank(), blank(), text('期初结存'), ...Array.from({ length: 5 }, blank), num(ledger.opening), blank()],
    ...ledger.rows.map((r) => [
      text(r.date),
      text(r.number),
      text(KIND_NAMES[r.kind]),
      text(r.counterpart),
      text(locations.get(r.locationId)?.name ?? ''),
      text(r.batch),
      text(r.expiry),
      r.in ? num(r.in) : blank(),
      r.out ? num(r.out) : blank(),
      num(r.balance),
      text(r.handler),
    ]),
    [
      text(to),
      blank(),
      blank(),
      text('本期合计'),
      ...Array.from({ length: 3 }, blank),
      num(ledger.totalIn),
      num(ledger.totalOut),
      num(ledger.closing),
      blank(),
    ],
  ]
  const sheet = utils.aoa_to_sheet([])
  utils.sheet_add_aoa(sheet, rows)
  sheet['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: LEDGER_COLUMNS.length - 1 } },
    { s: { r: 1, c: 0 }, e: { r: 1, c: LEDGER_COLUMNS.length - 1 } },
  ]
  sheet['!cols'] = [12, 16, 6, 18, 14, 14, 12, 8, 8, 8, 10].map((wch) => ({ wch }))
  const book = utils.book_new()
  utils.book_append_sheet(book, sheet, '台账')
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}

/** Reads one item's movements in the period and builds its ledger workbook (file name: item and period). */
export async function exportItemLedger(
  db: CommandPostDatabase,
  itemId: string,
  from: LocalDate,
  to: LocalDate,
): Promise<LedgerFile> {
  const [items, locations] = await Promise.all([listItems(db), listLocations(db)])
  const item = items.find((i) => i.id === itemId)
  if (!item) throw new ValidationError([{ field: 'item', code: 'supplies.unknownItem', params: { line: 1 } }])
  const [movements, opening] = await Promise.all([itemLedger(db, itemId, from, to), openingBalance(db, itemId, from)])
  const ledger = itemLedgerRows(movements, opening)
  const bytes = ledgerWorkbook(item, ledger, new Map(locations.map((l) => [l.id, l])), from, to)
  return { fileName: `${item.name}台账_${from}_${to}.xlsx`, bytes }
}
