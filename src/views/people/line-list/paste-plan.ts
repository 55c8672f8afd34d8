import { COLUMN_INDEX, LINE_LIST_COLUMNS, headerColumns } from './columns'

/** A cell of the grid: row and column index. */
export interface CellAt {
  row: number
  col: number
}

/** Where a pasted block goes: the cells to write, and how many rows the grid needs for it. */
export interface PastePlan {
  writes: (CellAt & { value: string })[]
  rowCount: number
  /** The block began with a header row, and its columns were placed by their names. */
  byHeader: boolean
}

/**
 * Places a pasted block as Excel does, from the current cell rightwards and downwards; columns past the last
 * are dropped. When the block's first row is a header row (姓名, 身份证号…), each column goes to the column it
 * names instead, and columns it does not name are dropped. Locked (saved) rows are stepped over, and rows are
 * added at the end as needed.
 */
export function planPaste(
  block: readonly (readonly string[])[],
  at: CellAt,
  rowCount: number,
  locked: (row: number) => boolean,
): PastePlan {
  const header = block.length > 1 ? headerColumns(block[0]) : undefined
  const body = header ? block.slice(1) : block
  const width = Math.max(0, ...body.map((line) => line.length))
  const targets = header
    ? header.map((column) => (column ? COLUMN_INDEX[column] : undefined))
    : Array.from({ length: width }, (_, j) => (at.col + j < LINE_LIST_COLUMNS.length ? at.col + j : undefined))
  const writes: PastePlan['writes'] = []
  let row = at.row
  for (const line of body) {
    while (row < rowCount && locked(row)) row++
    line.forEach((value, j) => {
      const col = targets[j]
      if (col !== undefined) writes.push({ row, col, value })
    })
    row++
  }
  return { writes, rowCount: Math.max(rowCount, row), byHeader: header !== undefined }
}
