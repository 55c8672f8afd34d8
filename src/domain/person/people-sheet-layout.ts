import type { LocalDate } from '../common/entity'
import { findHeaderRows } from '../common/sheet-header-rows'
import { cellText } from '../township/sheet-cells'
import { yearFromTitle } from './dates'
import { fieldOfHeader, headerKey } from './people-sheet-columns'

/** Where the year of `1月8日` comes from: the title above the header, the sheet's or the file's name, or today. */
export type YearSource = 'title' | 'sheetName' | 'fileName' | 'importDate'

/** A sheet of a people file as the mapping screen shows it: its header, and the year dates without one get. */
export interface PeopleSheetLayout {
  /** The worksheet's name (for a CSV, the file's name without extension). */
  sheet: string
  /** 0-based index of the first data row (the row after the header). */
  firstDataIndex: number
  /** 1-based row number Excel shows for the (last) header row. */
  headerRowNumber: number
  /** Per column: the header label (a two-row header's cells joined as `upper/lower`), '' when blank. */
  labels: string[]
  /** Per column: {@link headerKey} of its label: what a mapping names. */
  keys: string[]
  defaultYear: number
  yearSource: YearSource
  /** Rows below the header (blank and subtotal rows included). */
  dataRows: number
  /** Header key → up to three values from the first data rows, to help the clerk choose a field. */
  samples: Record<string, string[]>
}

/** A header must name at least this many fields: a title row or a note that mentions 姓名 is not a header. */
export const MINIMUM_HEADER_FIELDS = 2
const SAMPLES = 3

function yearOf(rows: readonly unknown[][], headerIndex: number, sheet: string, fileName: string, today: LocalDate) {
  const title = rows
    .slice(0, headerIndex)
    .map((row) => (row ?? []).map(cellText).join(' '))
    .join(' ')
  const candidates: [YearSource, number | undefined][] = [
    ['title', yearFromTitle(title)],
    ['sheetName', yearFromTitle(sheet)],
    ['fileName', yearFromTitle(fileName)],
  ]
  const found = candidates.find(([, year]) => year !== undefined)
  return found
    ? { defaultYear: found[1] as number, yearSource: found[0] }
    : { defaultYear: Number(today.slice(0, 4)), yearSource: 'importDate' as const }
}

function samplesOf(rows: readonly unknown[][], from: number, keys: string[]): Record<string, string[]> {
  const samples: Record<string, string[]> = {}
  for (let index = from; index < rows.length && index < from + 50; index++) {
    keys.forEach((key, column) => {
      const value = cellText(rows[index]?.[column])
      if (key === '' || value === '') return
      const list = (samples[key] ??= [])
      if (list.length < SAMPLES && !list.includes(value)) list.push(value)
    })
  }
  return samples
}

/**
 * Finds a people sheet's header (below any title rows; one row, or two merged rows) and the year that dates
 * such as `1月8日` take: from a title such as `2021年返乡人员登记表`, else the sheet's or the file's name, else
 * the import date. Undefined when no row names at least {@link MINIMUM_HEADER_FIELDS} fields (an instructions
 * sheet, a blank sheet).
 */
export function layoutPeopleSheet(
  sheet: string,
  rows: readonly unknown[][],
  fileName: string,
  today: LocalDate,
): PeopleSheetLayout | undefined {
  const header = findHeaderRows(rows, fieldOfHeader, MINIMUM_HEADER_FIELDS)
  if (!header) return undefined
  const firstDataIndex = header.lastRowIndex + 1
  const keys = header.labels.map(headerKey)
  return {
    sheet,
    firstDataIndex,
    headerRowNumber: header.lastRowIndex + 1,
    labels: header.labels,
    keys,
    ...yearOf(rows, header.firstRowIndex, sheet, fileName, today),
    dataRows: Math.max(0, rows.length - firstDataIndex),
    samples: samplesOf(rows, firstDataIndex, keys),
  }
}
