import type { CellAt } from './paste-plan'

/** The parts of a keyboard event the grid reads. */
export interface KeyPress {
  key: string
  shiftKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  /** True while an input method (拼音, 五笔) is composing: every key belongs to it. */
  isComposing?: boolean
}

/** What a key does to the grid. `none`: let the browser have it (typing into the cell, Ctrl+V, Ctrl+C). */
export type GridCommand =
  /** `grow`: moving down off the last row adds a row (Enter, as when entering a list). */
  | { kind: 'move'; rows: number; cols: number; extend: boolean; grow?: boolean }
  /** Tab: the next cell, on to the next row after the last column. */
  | { kind: 'next'; back: boolean }
  /** Move (in edit mode: after committing the edit). */
  | { kind: 'commit'; then: GridCommand }
  | { kind: 'edit' }
  | { kind: 'cancel' }
  | { kind: 'clear' }
  | { kind: 'clearAndEdit' }
  | { kind: 'selectAll' }
  | { kind: 'none' }

const PAGE = 20
const FAR = 1_000_000
const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
}

function movement(key: KeyPress): GridCommand | undefined {
  const control = key.ctrlKey || key.metaKey
  const arrow = ARROWS[key.key]
  // Ctrl+arrow goes to the edge, as in Excel (here the grid's edge: rows are few enough to see).
  if (arrow)
    return {
      kind: 'move',
      rows: arrow[0] * (control ? FAR : 1),
      cols: arrow[1] * (control ? FAR : 1),
      extend: key.shiftKey,
    }
  if (key.key === 'Tab') return { kind: 'next', back: key.shiftKey }
  if (key.key === 'Enter') return { kind: 'move', rows: key.shiftKey ? -1 : 1, cols: 0, extend: false, grow: true }
  if (key.key === 'PageDown' || key.key === 'PageUp')
    return { kind: 'move', rows: key.key === 'PageDown' ? PAGE : -PAGE, cols: 0, extend: key.shiftKey }
  if (key.key === 'Home' || key.key === 'End') {
    const sign = key.key === 'Home' ? -1 : 1
    return { kind: 'move', rows: control ? sign * FAR : 0, cols: sign * FAR, extend: key.shiftKey }
  }
  return undefined
}

/**
 * A key on a selected cell (Excel's "ready" mode): arrows, Tab, Enter, Home / End, Page Up / Down move (Shift
 * extends the selection), F2 edits, Delete clears, Backspace clears and edits, Ctrl+A selects all. Any other key
 * types into the cell, which the browser does.
 */
export function readyCommand(key: KeyPress): GridCommand {
  if (key.isComposing || key.key === 'Process') return { kind: 'none' }
  const moved = movement(key)
  if (moved) return moved
  if (key.key === 'F2') return { kind: 'edit' }
  if (key.key === 'Delete') return { kind: 'clear' }
  if (key.key === 'Backspace') return { kind: 'clearAndEdit' }
  if (key.key === 'Escape') return { kind: 'cancel' }
  if ((key.ctrlKey || key.metaKey) && key.key.toLowerCase() === 'a') return { kind: 'selectAll' }
  return { kind: 'none' }
}

/**
 * A key while a cell is being edited. Enter and Tab commit and move; Escape gives the edit up. When the edit
 * began by typing, arrows commit and move too; when it began with F2 or a double click they move the caret.
 */
export function editingCommand(key: KeyPress, caret: boolean): GridCommand {
  if (key.isComposing || key.key === 'Process') return { kind: 'none' }
  if (key.key === 'Escape') return { kind: 'cancel' }
  if (key.key === 'Tab' || key.key === 'Enter') return { kind: 'commit', then: movement(key)! }
  if (!caret && ARROWS[key.key] && !key.shiftKey) return { kind: 'commit', then: movement(key)! }
  return { kind: 'none' }
}

/** The cell a move lands on, kept inside a grid of `rows` × `cols`. */
export function moveCell(at: CellAt, rows: number, cols: number, size: { rows: number; cols: number }): CellAt {
  const clamp = (n: number, max: number) => Math.min(Math.max(n, 0), max - 1)
  return { row: clamp(at.row + rows, size.rows), col: clamp(at.col + cols, size.cols) }
}

/** Tab's cell: the next one in reading order (Shift+Tab the one before), staying inside the grid. */
export function nextCell(at: CellAt, back: boolean, size: { rows: number; cols: number }): CellAt {
  const index = at.row * size.cols + at.col + (back ? -1 : 1)
  const last = size.rows * size.cols - 1
  const clamped = Math.min(Math.max(index, 0), last)
  return { row: Math.floor(clamped / size.cols), col: clamped % size.cols }
}

/** The rectangle between two corners, as inclusive ranges. */
export function rangeOf(a: CellAt, b: CellAt): { rows: [number, number]; cols: [number, number] } {
  return {
    rows: [Math.min(a.row, b.row), Math.max(a.row, b.row)],
    cols: [Math.min(a.col, b.col), Math.max(a.col, b.col)],
  }
}
