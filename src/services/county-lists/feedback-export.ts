import { utils, write, type CellObject, type WorkSheet } from '@e965/xlsx'
import type { Actor } from '@/domain/accounts/user'
import type { LocalDate } from '@/domain/common/entity'
import { ValidationError } from '@/domain/common/result'
import { VERIFICATION_RESULT_NAMES, type CountyList, type CountyListRow } from '@/domain/county-list/county-list'
import { localToday } from '@/domain/person/dates'
import type { CommandPostDatabase } from '@/db/database'
import { getList, listAllRows } from '@/db/repositories/county-list-repository'
import { listVillages } from '@/db/repositories/village-repository'
import { writeWithAudit } from '@/db/write'

/** The columns the feedback appends after the county's own, in this order. */
export const FEEDBACK_COLUMNS = ['核查结果', '核查情况说明', '所属村（社区）', '核查人', '核查时间'] as const

/** Choices of the feedback workbook. */
export interface FeedbackOptions {
  /** Put a title row (`<list title> 核查反馈`) above the header; the county's own template may not want one. */
  titleRow?: boolean
}

/** A workbook ready to save: bytes, and a file name holding no personal data (the list's title and the day). */
export interface FeedbackFile {
  fileName: string
  bytes: Uint8Array
}

// Digit strings this long are identifiers (IDs, phones, area codes): Excel would turn them into 1.10101E+17.
const IDENTIFIER = /^\d{11,}[\dX]?$/
const SMALL_WHOLE = /^(0|[1-9]\d{0,8})$/

const pad = (n: number) => String(n).padStart(2, '0')

function timeText(at: number | undefined): string {
  if (at === undefined) return ''
  const d = new Date(at)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

function textCell(value: string): CellObject {
  return { t: 's', v: value, z: '@' }
}

/** Text columns: the document number and phone columns, and any column holding a long digit string. */
function textColumns(list: CountyList, rows: readonly CountyListRow[]): Set<number> {
  const columns = new Set([list.columns.documentNumber, list.columns.phone].filter((c) => c !== undefined))
  for (const row of rows) {
    row.cells.forEach((cell, index) => {
      if (IDENTIFIER.test(cell)) columns.add(index)
    })
  }
  return columns
}

/** A county cell as written back: text in a text column; a small whole number (序号) as a number, as it came. */
function countyCell(value: string, asText: boolean): CellObject {
  if (asText) return textCell(value)
  return SMALL_WHOLE.test(value) ? { t: 'n', v: Number(value) } : { t: 's', v: value }
}

const widthOf = (text: string) => [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0)

/**
 * The feedback sheet: the county's headers in the county's order, then {@link FEEDBACK_COLUMNS}; one line per
 * row, the county's cells as received. Document-number and phone columns are text cells formatted `@`, so Excel
 * never shows them as `1.10101E+17` or drops a digit.
 */
export function feedbackSheet(
  list: CountyList,
  rows: readonly CountyListRow[],
  villageNames: ReadonlyMap<string, string>,
  options: FeedbackOptions = {},
): WorkSheet {
  const width = list.headers.length + FEEDBACK_COLUMNS.length
  const asText = textColumns(list, rows)
  const header = [...list.headers, ...FEEDBACK_COLUMNS].map((h) => textCell(h))
  const lines: CellObject[][] = rows.map((row) => [
    ...list.headers.map((_, i) => countyCell(row.cells[i] ?? '', asText.has(i))),
    textCell(row.result === '' ? '' : VERIFICATION_RESULT_NAMES[row.result]),
    textCell(row.note),
    textCell(villageNames.get(row.villageId) ?? ''),
    textCell(row.verifiedByName ?? ''),
    textCell(timeText(row.verifiedAt)),
  ])
  const title = options.titleRow ? [[textCell(`${list.title} 核查反馈`)]] : []
  const sheet = utils.aoa_to_sheet([...title, header, ...lines])
  if (options.titleRow) sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: width - 1 } }]
  const texts = [header, ...lines].map((line) => line.map((cell) => String(cell.v ?? '')))
  sheet['!cols'] = Array.from({ length: width }, (_, c) => ({
    wch: Math.min(40, Math.max(6, ...texts.map((line) => widthOf(line[c] ?? '') + 2))),
  }))
  return sheet
}

/** `县指挥部协查函〔2022〕15号-核查反馈-2022-11-21.xlsx`, without characters a file name cannot hold. */
export function feedbackFileName(list: Pick<CountyList, 'title'>, today: LocalDate): string {
  const title = list.title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60)
  return `${title}-核查反馈-${today}.xlsx`
}

/**
 * Builds the feedback workbook of a list, rows in the county's order. It holds full ID numbers and phones, so
 * the export itself is written to the audit log (who, which list, how many rows, the file name).
 */
export async function exportFeedback(
  db: CommandPostDatabase,
  listId: string,
  actor: Actor,
  options: FeedbackOptions = {},
  today: LocalDate = localToday(),
): Promise<FeedbackFile> {
  const list = await getList(db, listId)
  if (!list) throw new ValidationError([{ field: 'list', code: 'countyList.notFound' }])
  const rows = (await listAllRows(db, listId)).sort((a, b) => a.rowNumber - b.rowNumber)
  const villages = await listVillages(db, { includeRetired: true, page: 1, pageSize: 10_000 })
  const names = new Map(villages.items.map((v) => [v.id, v.name]))
  const workbook = utils.book_new()
  utils.book_append_sheet(workbook, feedbackSheet(list, rows, names, options), '核查反馈')
  const bytes = write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer
  const fileName = feedbackFileName(list, today)
  await writeWithAudit(db, actor, [], ({ audit }) =>
    audit({ action: 'export', entity: 'countyList', entityId: list.id, summary: `${fileName}（${rows.length} 行）` }),
  )
  return { fileName, bytes: new Uint8Array(bytes) }
}
