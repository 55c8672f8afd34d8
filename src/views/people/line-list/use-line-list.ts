import { computed, onBeforeUnmount, reactive, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Problem } from '@/domain/common/result'
import { localToday } from '@/domain/person/dates'
import { problemMessage } from '@/i18n/problem-message'
import { useVillagesStore } from '@/stores/villages'
import { LINE_LIST_COLUMNS } from './columns'
import { moveCell, nextCell, rangeOf, type GridCommand } from './keyboard'
import { blankRow, checkRow, countRows, isLocked, type LineRow } from './line-rows'
import { parseClipboard, toClipboardText } from './paste-parse'
import { planPaste, type CellAt } from './paste-plan'
import { villageChoices } from './village-match'

const FIRST_ROWS = 20
// Long enough not to check a half-typed ID number at every key, short enough to feel live.
const CHECK_DELAY_MS = 300

/** The line list's rows, selection and edit, and every change to them; {@link useLineListSave} saves it. */
export function useLineList() {
  const { t, te } = useI18n()
  const villages = useVillagesStore()
  const state = reactive({
    rows: Array.from({ length: FIRST_ROWS }, blankRow),
    active: { row: 0, col: 0 } as CellAt,
    anchor: { row: 0, col: 0 } as CellAt,
    editing: false,
    /** The edit began with F2 or a double click: arrows move the caret instead of the cell. */
    caret: false,
    draft: '',
  })
  const timers = new Map<number, ReturnType<typeof setTimeout>>()
  const message = (p: Problem) => problemMessage(t, te, p)
  const context = computed(() => ({ villages: villageChoices(villages.active), today: localToday() }))
  const counts = computed(() => countRows(state.rows))
  const size = () => ({ rows: state.rows.length, cols: LINE_LIST_COLUMNS.length })
  const selection = computed(() => rangeOf(state.anchor, state.active))

  function check(row: LineRow) {
    clearTimeout(timers.get(row.key))
    timers.delete(row.key)
    return checkRow(row, context.value, message)
  }

  function schedule(row: LineRow) {
    clearTimeout(timers.get(row.key))
    timers.set(
      row.key,
      setTimeout(() => check(row), CHECK_DELAY_MS),
    )
  }

  /** Checks every row now (before saving, and when the villages change). */
  function checkAll() {
    for (const row of state.rows) if (row.state !== 'blank' || timers.has(row.key)) check(row)
  }

  watch(() => villages.active, checkAll)
  onBeforeUnmount(() => timers.forEach((timer) => clearTimeout(timer)))

  function addRows(n: number) {
    state.rows.push(...Array.from({ length: n }, blankRow))
  }

  function setCell(at: CellAt, value: string) {
    const row = state.rows[at.row]
    if (!row || isLocked(row) || row.cells[at.col] === value) return
    row.cells[at.col] = value
    schedule(row)
  }

  function select(at: CellAt, extend = false) {
    state.active = at
    if (!extend) state.anchor = { ...at }
  }

  function startEdit(caret: boolean, text?: string) {
    if (isLocked(state.rows[state.active.row])) return
    state.editing = true
    state.caret = caret
    state.draft = text ?? state.rows[state.active.row].cells[state.active.col]
  }

  function commitEdit() {
    if (state.editing) setCell(state.active, state.draft)
    state.editing = false
    state.draft = ''
  }

  function cancelEdit() {
    state.editing = false
    state.draft = ''
  }

  function clearSelection() {
    const { rows, cols } = selection.value
    for (let row = rows[0]; row <= rows[1]; row++)
      for (let col = cols[0]; col <= cols[1]; col++) setCell({ row, col }, '')
  }

  /** Pastes clipboard text at the current cell (see planPaste) and checks the rows it wrote at once. */
  function paste(text: string): number {
    commitEdit()
    const block = parseClipboard(text)
    if (block.length === 0) return 0
    const plan = planPaste(block, state.active, state.rows.length, (i) => isLocked(state.rows[i]))
    if (plan.rowCount > state.rows.length) addRows(plan.rowCount - state.rows.length)
    const touched = new Set<LineRow>()
    for (const write of plan.writes) {
      setCell(write, write.value.trim())
      touched.add(state.rows[write.row])
    }
    touched.forEach(check)
    // The pasted block stays selected, as in Excel, with the current cell at its top left.
    const last = plan.writes.at(-1)
    if (last && !plan.byHeader) state.anchor = { row: last.row, col: Math.max(...plan.writes.map((w) => w.col)) }
    return touched.size
  }

  function copyText(): string {
    const { rows, cols } = selection.value
    return toClipboardText(state.rows.slice(rows[0], rows[1] + 1).map((r) => r.cells.slice(cols[0], cols[1] + 1)))
  }

  function moveBy(rows: number, cols: number, extend: boolean, grow = false) {
    if (grow && rows === 1 && state.active.row === state.rows.length - 1) addRows(1)
    select(moveCell(state.active, rows, cols, size()), extend)
  }

  /** Carries out a keyboard command; false when the key was not the grid's (the browser should have it). */
  function run(command: GridCommand): boolean {
    switch (command.kind) {
      case 'move':
        moveBy(command.rows, command.cols, command.extend, command.grow)
        return true
      case 'next': {
        const last = state.active.row === state.rows.length - 1 && state.active.col === size().cols - 1
        if (last && !command.back) addRows(1)
        select(nextCell(state.active, command.back, size()))
        return true
      }
      case 'commit':
        commitEdit()
        return run(command.then)
      case 'edit':
        startEdit(true)
        return true
      case 'cancel':
        if (state.editing) cancelEdit()
        else select(state.active)
        return true
      case 'clear':
        clearSelection()
        return true
      case 'clearAndEdit':
        clearSelection()
        startEdit(false, '')
        return true
      case 'selectAll':
        state.anchor = { row: 0, col: 0 }
        state.active = { row: state.rows.length - 1, col: size().cols - 1 }
        return true
      default:
        return false
    }
  }

  /** Takes saved rows off the list, keeping at least the first rows' worth of blank ones. */
  function removeSaved() {
    cancelEdit()
    state.rows = state.rows.filter((row) => row.state !== 'saved')
    if (state.rows.length < FIRST_ROWS) addRows(FIRST_ROWS - state.rows.length)
    select({ row: 0, col: 0 })
  }

  return {
    state,
    counts,
    selection,
    message,
    check,
    checkAll,
    addRows,
    setCell,
    select,
    startEdit,
    commitEdit,
    cancelEdit,
    paste,
    copyText,
    run,
    removeSaved,
  }
}

/** What {@link useLineList} returns. */
export type LineList = ReturnType<typeof useLineList>
