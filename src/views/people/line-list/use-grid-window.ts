import { computed, onBeforeUnmount, onMounted, ref, type Ref } from 'vue'
import type { CellAt } from './paste-plan'

/** Width of the row-number column, px. */
export const NUMBER_WIDTH = 44
/** Widths of the line list's columns in screen order, px. */
export const COLUMN_WIDTHS = [84, 96, 176, 48, 96, 124, 128, 72, 150, 96, 168, 96, 96, 76, 92, 64, 96, 80, 150]
/** Width of the status column, px. */
export const STATUS_WIDTH = 168
// Rows drawn above and below the visible ones, so a fast scroll does not show blank space.
const OVERSCAN = 8
const FALLBACK = { row: 29, header: 33, view: 600 }

/**
 * The rows of a long grid worth drawing: those in view and a few either side (a 500-row table with every row in
 * the DOM makes each focus or class change re-lay out the whole table). Rows have one fixed height, measured
 * once drawn. Also places the editor over a cell and scrolls a cell into view clear of the sticky header, row
 * numbers and status column.
 */
export function useGridWindow(root: Ref<HTMLElement | null>, rowCount: () => number) {
  const scrollTop = ref(0)
  const viewHeight = ref(FALLBACK.view)
  const rowHeight = ref(FALLBACK.row)
  const headerHeight = ref(FALLBACK.header)
  const first = computed(() => Math.max(0, Math.floor(scrollTop.value / rowHeight.value) - OVERSCAN))
  const last = computed(() =>
    Math.min(rowCount(), Math.ceil((scrollTop.value + viewHeight.value) / rowHeight.value) + OVERSCAN),
  )

  function measure() {
    const el = root.value
    if (!el) return
    viewHeight.value = el.clientHeight || FALLBACK.view
    headerHeight.value = el.querySelector('thead')?.offsetHeight || FALLBACK.header
    rowHeight.value = el.querySelector<HTMLElement>('tbody tr[data-testid]')?.offsetHeight || FALLBACK.row
  }

  function onScroll() {
    scrollTop.value = root.value?.scrollTop ?? 0
  }

  function cellBox(at: CellAt) {
    const left = NUMBER_WIDTH + COLUMN_WIDTHS.slice(0, at.col).reduce((sum, w) => sum + w, 0)
    const top = headerHeight.value + at.row * rowHeight.value
    return { top, left, width: COLUMN_WIDTHS[at.col], height: rowHeight.value }
  }

  function reveal(at: CellAt) {
    const el = root.value
    if (!el) return
    const box = cellBox(at)
    const height = el.clientHeight || viewHeight.value
    if (box.top - headerHeight.value < el.scrollTop) el.scrollTop = box.top - headerHeight.value
    else if (box.top + box.height > el.scrollTop + height) el.scrollTop = box.top + box.height - height
    const width = el.clientWidth
    if (box.left - NUMBER_WIDTH < el.scrollLeft) el.scrollLeft = box.left - NUMBER_WIDTH
    else if (width && box.left + box.width + STATUS_WIDTH > el.scrollLeft + width)
      el.scrollLeft = box.left + box.width + STATUS_WIDTH - width
    scrollTop.value = el.scrollTop
  }

  let observer: ResizeObserver | undefined
  onMounted(() => {
    measure()
    if (typeof ResizeObserver !== 'undefined' && root.value) {
      observer = new ResizeObserver(measure)
      observer.observe(root.value)
    }
  })
  onBeforeUnmount(() => observer?.disconnect())

  return { first, last, rowHeight, cellBox, reveal, onScroll, measure }
}
