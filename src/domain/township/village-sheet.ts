import type { Problem } from '../common/result'
import { isInTownship, isVillageCode, readAreaCode, townshipPrefix, villageKindOf } from './area-code'
import { cellsAreBlank, cellText, readUrbanRuralClass, readWholeNumber, unwrapTextCell } from './sheet-cells'
import { findSheetHeader, type VillageColumns } from './sheet-header'
import type { VillageKind } from './village'

/** A repair made while reading a row, shown to the clerk: `float-suffix` (`511826100201.0`) or `full-width` digits. */
export interface VillageSheetNote extends Problem {
  code: 'float-suffix' | 'full-width'
  params: { value: string }
}

/** One importable row of a village sheet: it had no problem. */
export interface VillageSheetRow {
  /** The row number Excel shows, 1-based. */
  rowNumber: number
  /** 12-digit 统计用区划代码, text. */
  code: string
  name: string
  kind: VillageKind
  /** 城乡分类代码, or empty when the sheet has no such column or the cell is blank. */
  urbanRuralClass: string
  /** Undefined when the sheet has no such column or the cell is blank: unknown, not 0. */
  population?: number
  households?: number
  notes: VillageSheetNote[]
}

/** A problem that keeps a row out of the import, with the row number Excel shows. */
export type VillageSheetProblem = Problem & { rowNumber: number }

/** A row passed over without a problem: blank, or the township's own row (village digits 000). */
export interface VillageSheetSkip {
  rowNumber: number
  reason: 'blank' | 'townshipRow'
}

/** Why a whole sheet is refused: nothing in it, no header found, or a header without a code or name column. */
export type VillageSheetFatal = 'empty' | 'noHeader' | 'noCodeColumn' | 'noNameColumn'

/** What a village sheet holds. With `fatal` set, nothing may be imported and `rows` is empty. */
export interface VillageSheetResult {
  fatal?: VillageSheetFatal
  /** 1-based row number of the (last) header row, when one was found. */
  headerRowNumber?: number
  /** 0-based column index of each understood column found in the header. */
  columns: VillageColumns
  rows: VillageSheetRow[]
  problems: VillageSheetProblem[]
  skipped: VillageSheetSkip[]
}

type RowReading = { kind: 'townshipRow' } | { kind: 'read'; row: VillageSheetRow; problems: Problem[]; code?: string }

interface CodeReading {
  /** Set when the code is a usable village code of this township. */
  code?: string
  problem?: Problem
  notes: VillageSheetNote[]
  townshipRow?: true
}

function readCode(cell: unknown, townshipCode: string): CodeReading {
  const unwrapped = unwrapTextCell(cell)
  const reading = readAreaCode(unwrapped)
  if (!reading.ok)
    return { notes: [], problem: { field: 'code', code: `code.${reading.reason}`, params: { value: reading.raw } } }
  const code = reading.code
  // The national table lists the township itself (村级 000) above its villages: expected, not a mistake.
  if (code.endsWith('000') && isInTownship(code, townshipCode)) return { notes: [], townshipRow: true }
  const notes: VillageSheetNote[] = reading.repaired
    ? [{ field: 'code', code: reading.repaired, params: { value: cellText(unwrapped) } }]
    : []
  if (!isVillageCode(code))
    return { notes, problem: { field: 'code', code: 'code.notVillage', params: { value: code } } }
  if (!isInTownship(code, townshipCode)) {
    const params = { value: code, township: townshipPrefix(townshipCode) }
    return { notes, problem: { field: 'code', code: 'code.outside', params } }
  }
  return { code, notes }
}

function readRow(cells: unknown[], columns: VillageColumns, townshipCode: string, rowNumber: number): RowReading {
  const code = readCode(cells[columns.code ?? -1], townshipCode)
  if (code.townshipRow) return { kind: 'townshipRow' }
  const problems: Problem[] = code.problem ? [code.problem] : []
  const name = cellText(cells[columns.name ?? -1])
  if (name === '') problems.push({ field: 'name', code: 'required' })
  const row: VillageSheetRow = {
    rowNumber,
    code: code.code ?? '',
    name,
    kind: 'village',
    urbanRuralClass: '',
    notes: code.notes,
  }
  if (code.code) row.kind = villageKindOf(code.code)
  if (columns.urbanRuralClass !== undefined) {
    const reading = readUrbanRuralClass(cells[columns.urbanRuralClass])
    if (reading.ok) row.urbanRuralClass = reading.value
    else problems.push({ field: 'urbanRuralClass', code: 'urbanRuralClass', params: { value: reading.raw } })
  }
  for (const field of ['population', 'households'] as const) {
    const index = columns[field]
    if (index === undefined) continue
    const reading = readWholeNumber(cells[index])
    if (!reading.ok) problems.push({ field, code: 'wholeNumber', params: { value: reading.raw } })
    else if (reading.value !== undefined) row[field] = reading.value
  }
  return { kind: 'read', row, problems, code: code.code }
}

function lastFilledIndex(rows: unknown[][], from: number, columnIndexes: number[]): number {
  for (let index = rows.length - 1; index >= from; index--) if (!cellsAreBlank(rows[index], columnIndexes)) return index
  return from - 1
}

/**
 * Reads a village list in the national code-table layout (统计用区划代码, 名称, 城乡分类代码, optionally 人口
 * and 户数) from the rows of a sheet, row 0 being Excel's row 1. Finds the header below any title row, keeps
 * codes as text (repairing `.0`, refusing scientific notation), refuses villages outside the township, skips
 * blank rows and the township's own row, and reports duplicates (the first occurrence is kept). A row with any
 * problem is left out of `rows`; blank rows after the last filled row are ignored silently.
 */
export function parseVillageSheet(rows: unknown[][], townshipCode: string): VillageSheetResult {
  const result: VillageSheetResult = { columns: {}, rows: [], problems: [], skipped: [] }
  if (rows.every((row) => (row ?? []).every((cell) => cellText(cell) === ''))) return { ...result, fatal: 'empty' }
  const header = findSheetHeader(rows)
  if (!header) return { ...result, fatal: 'noHeader' }
  result.columns = header.columns
  result.headerRowNumber = header.lastRowIndex + 1
  if (header.columns.code === undefined) return { ...result, fatal: 'noCodeColumn' }
  if (header.columns.name === undefined) return { ...result, fatal: 'noNameColumn' }

  // A row is blank when every understood column is: a leftover 序号 or 备注 alone does not make a village.
  const columnIndexes = Object.values(header.columns)
  const firstRowByCode = new Map<string, number>()
  const end = lastFilledIndex(rows, header.lastRowIndex + 1, columnIndexes)
  for (let index = header.lastRowIndex + 1; index <= end; index++) {
    const rowNumber = index + 1
    const cells = rows[index] ?? []
    if (cellsAreBlank(cells, columnIndexes)) {
      result.skipped.push({ rowNumber, reason: 'blank' })
      continue
    }
    const reading = readRow(cells, header.columns, townshipCode, rowNumber)
    if (reading.kind === 'townshipRow') {
      result.skipped.push({ rowNumber, reason: 'townshipRow' })
      continue
    }
    const { row, problems, code } = reading
    if (code !== undefined) {
      const firstRow = firstRowByCode.get(code)
      if (firstRow === undefined) firstRowByCode.set(code, rowNumber)
      else problems.unshift({ field: 'code', code: 'duplicateInSheet', params: { value: code, firstRow } })
    }
    if (problems.length === 0) result.rows.push(row)
    else result.problems.push(...problems.map((problem) => ({ ...problem, rowNumber })))
  }
  return result
}
