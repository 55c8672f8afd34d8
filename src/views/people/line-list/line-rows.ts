import type { Problem } from '@/domain/common/result'
import type { RegistrationResult } from '@/services/people/register-service'
import { LINE_LIST_COLUMNS } from './columns'
import { isBlankRow, rowToInput, type RowContext, type RowReading } from './row-to-input'

/** Where a row stands: 空行, 待保存, 警告 (saveable), 有错误, 保存中, 已保存. */
export type RowState = 'blank' | 'pending' | 'warning' | 'error' | 'saving' | 'saved'

/** One row of the line list: its cells as typed, and what its last check (or its save) found. */
export interface LineRow {
  key: number
  cells: string[]
  state: RowState
  outcome?: RegistrationResult['outcome']
  /** Messages by column key; `row` for a problem no column shows (a failed save). */
  errors: Record<string, string>
  warnings: Record<string, string>
  derived: RowReading['derived']
}

let lastKey = 0

/** A blank row. */
export function blankRow(): LineRow {
  return {
    key: ++lastKey,
    cells: LINE_LIST_COLUMNS.map(() => ''),
    state: 'blank',
    errors: {},
    warnings: {},
    derived: {},
  }
}

/** True when a row can no longer be edited: saved, or being saved. */
export function isLocked(row: LineRow | undefined): boolean {
  return row?.state === 'saved' || row?.state === 'saving'
}

/** Problems as one message per column (several problems of a column joined). */
export function messagesByColumn(problems: Problem[], message: (p: Problem) => string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const problem of problems) {
    const text = message(problem)
    out[problem.field] = out[problem.field] ? `${out[problem.field]}\n${text}` : text
  }
  return out
}

/**
 * Checks a row and records what was found on it: blank, errors, warnings or ready to save. Returns the reading
 * (the registration to save) unless the row is blank or locked.
 */
export function checkRow(row: LineRow, context: RowContext, message: (p: Problem) => string): RowReading | undefined {
  if (isLocked(row)) return undefined
  if (isBlankRow(row.cells)) {
    Object.assign(row, { state: 'blank', errors: {}, warnings: {}, derived: {} })
    return undefined
  }
  const reading = rowToInput(row.cells, context)
  row.errors = messagesByColumn(reading.errors, message)
  row.warnings = messagesByColumn(reading.warnings, message)
  row.derived = reading.derived
  row.state = reading.errors.length ? 'error' : reading.warnings.length ? 'warning' : 'pending'
  return reading
}

/** How many rows stand in each state (blank rows not counted). */
export function countRows(rows: readonly LineRow[]): Record<Exclude<RowState, 'blank'>, number> {
  const counts = { pending: 0, warning: 0, error: 0, saving: 0, saved: 0 }
  for (const row of rows) if (row.state !== 'blank') counts[row.state]++
  return counts
}
