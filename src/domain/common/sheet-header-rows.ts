import { cellText } from '../township/sheet-cells'
import { HEADER_SEARCH_ROWS } from '../township/sheet-header'

/**
 * Where a sheet's header sits, and what each of its columns is called and means. The village importer's header
 * search (township/sheet-header.ts) generalised to any set of columns: the caller says how a label is read.
 */
export interface HeaderRows<C extends string> {
  /** 0-based index of the first header row (the upper row of a two-row header). */
  firstRowIndex: number
  /** 0-based index of the last header row: data starts on the row after it. */
  lastRowIndex: number
  /** Per column: the label a clerk sees; a two-row header's cells joined as `upper/lower` ('' for none). */
  labels: string[]
  /** Per column: the understood column its label names, or undefined. */
  columns: (C | undefined)[]
}

/** Joins the cells of a two-row header: the upper once when a vertical merge repeats it below. */
export function joinHeaderCells(upper: string, lower: string): string {
  if (upper === '' || upper === lower) return lower
  return lower === '' ? upper : `${upper}/${lower}`
}

/**
 * Reads a label that may be two header cells joined (`核酸检测/时间`, `从何地返回/省`): the whole label first,
 * then its last part (the sub-header under a group cell), then the part above it. `part` says which matched.
 */
export function readHeaderLabel<C extends string>(
  label: string,
  columnOf: (label: string) => C | undefined,
): { column?: C; part?: 'whole' | 'lower' | 'upper' } {
  const whole = columnOf(label)
  if (whole !== undefined) return { column: whole, part: 'whole' }
  const slash = label.lastIndexOf('/')
  if (slash < 0) return {}
  const lower = columnOf(label.slice(slash + 1))
  if (lower !== undefined) return { column: lower, part: 'lower' }
  const upper = columnOf(label.slice(0, slash))
  return upper === undefined ? {} : { column: upper, part: 'upper' }
}

interface Candidate<C extends string> {
  labels: string[]
  columns: (C | undefined)[]
  /** Columns whose lower cell says something of its own (not blank, not the upper repeated by a merge)… */
  differing: number
  /** …and how many of those the lower cell names (alone or joined with the upper). */
  named: number
}

function candidate<C extends string>(
  upper: unknown[] | undefined,
  lower: unknown[] | undefined,
  columnOf: (label: string) => C | undefined,
): Candidate<C> {
  const width = Math.max(upper?.length ?? 0, lower?.length ?? 0)
  const result: Candidate<C> = { labels: [], columns: [], differing: 0, named: 0 }
  for (let index = 0; index < width; index++) {
    const top = cellText(upper?.[index])
    const bottom = lower ? cellText(lower[index]) : ''
    const label = joinHeaderCells(top, bottom)
    const reading = label === '' ? {} : readHeaderLabel(label, columnOf)
    if (lower && bottom !== '' && bottom !== top && top !== '') {
      result.differing++
      if (reading.part === 'whole' || reading.part === 'lower') result.named++
    }
    result.labels.push(label)
    result.columns.push(reading.column)
  }
  return result
}

function distinctCount<C>(columns: (C | undefined)[]): number {
  return new Set(columns.filter((column) => column !== undefined)).size
}

/**
 * Finds the header within the first {@link HEADER_SEARCH_ROWS} rows: the row, or pair of rows for a merged
 * two-row header (`从何地返回` over `省 | 市 | 县`), whose labels name the most distinct understood columns. A title
 * row above it is passed over. A pair is taken only when it names more than its upper row alone and its lower
 * row reads as sub-headers (at least half of the cells that differ from the upper one name a column: a data
 * row's values do not); on a tie the earlier header wins. Undefined when no candidate names `minimum` columns.
 */
export function findHeaderRows<C extends string>(
  rows: readonly (unknown[] | undefined)[],
  columnOf: (label: string) => C | undefined,
  minimum = 1,
): HeaderRows<C> | undefined {
  let best: HeaderRows<C> | undefined
  let bestCount = minimum - 1
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index++) {
    const single = candidate(rows[index], undefined, columnOf)
    if (distinctCount(single.columns) === 0) continue
    const pair = index + 1 < rows.length ? candidate(rows[index], rows[index + 1], columnOf) : undefined
    const twoRows =
      pair !== undefined &&
      distinctCount(pair.columns) > distinctCount(single.columns) &&
      pair.named * 2 >= pair.differing
    const chosen = twoRows ? pair : single
    const count = distinctCount(chosen.columns)
    if (count > bestCount) {
      bestCount = count
      const lastRowIndex = twoRows ? index + 1 : index
      best = { firstRowIndex: index, lastRowIndex, labels: chosen.labels, columns: chosen.columns }
    }
  }
  return best
}
