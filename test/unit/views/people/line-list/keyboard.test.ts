import { describe, expect, it } from 'vitest'
import { editingCommand, moveCell, nextCell, readyCommand, type KeyPress } from '@/views/people/line-list/keyboard'

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...more,
})
const size = { rows: 3, cols: 4 }

describe('keyboard', () => {
  it('moves, edits and clears on a selected cell, and leaves typing to the browser', () => {
    expect(readyCommand(press('ArrowDown'))).toEqual({ kind: 'move', rows: 1, cols: 0, extend: false })
    expect(readyCommand(press('ArrowLeft', { shiftKey: true }))).toEqual({
      kind: 'move',
      rows: 0,
      cols: -1,
      extend: true,
    })
    expect(readyCommand(press('Enter'))).toEqual({ kind: 'move', rows: 1, cols: 0, extend: false, grow: true })
    expect(readyCommand(press('Tab', { shiftKey: true }))).toEqual({ kind: 'next', back: true })
    expect(readyCommand(press('F2'))).toEqual({ kind: 'edit' })
    expect(readyCommand(press('Delete'))).toEqual({ kind: 'clear' })
    expect(readyCommand(press('Backspace'))).toEqual({ kind: 'clearAndEdit' })
    expect(readyCommand(press('a', { ctrlKey: true }))).toEqual({ kind: 'selectAll' })
    expect(readyCommand(press('z'))).toEqual({ kind: 'none' })
    expect(readyCommand(press('v', { ctrlKey: true }))).toEqual({ kind: 'none' })
    expect(readyCommand(press('ArrowDown', { isComposing: true }))).toEqual({ kind: 'none' })
  })

  it('commits an edit with Enter or Tab, and with arrows unless the edit began with F2', () => {
    expect(editingCommand(press('Enter'), true)).toMatchObject({ kind: 'commit', then: { kind: 'move', rows: 1 } })
    expect(editingCommand(press('Tab'), true)).toEqual({ kind: 'commit', then: { kind: 'next', back: false } })
    expect(editingCommand(press('ArrowRight'), false)).toMatchObject({ kind: 'commit', then: { cols: 1 } })
    expect(editingCommand(press('ArrowRight'), true)).toEqual({ kind: 'none' })
    expect(editingCommand(press('Escape'), false)).toEqual({ kind: 'cancel' })
    expect(editingCommand(press('Enter', { isComposing: true }), false)).toEqual({ kind: 'none' })
  })

  it('keeps moves inside the grid, and Tab goes on to the next row', () => {
    expect(moveCell({ row: 0, col: 0 }, -1, -1, size)).toEqual({ row: 0, col: 0 })
    expect(moveCell({ row: 1, col: 1 }, 1_000_000, 0, size)).toEqual({ row: 2, col: 1 })
    expect(nextCell({ row: 0, col: 3 }, false, size)).toEqual({ row: 1, col: 0 })
    expect(nextCell({ row: 1, col: 0 }, true, size)).toEqual({ row: 0, col: 3 })
    expect(nextCell({ row: 2, col: 3 }, false, size)).toEqual({ row: 2, col: 3 })
  })
})
