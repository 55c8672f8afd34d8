import { onBeforeUnmount, onMounted } from 'vue'

/** What the arrow keys do on the board. */
export interface BoardKeys {
  step(step: 1 | -1): void
  township(): void
}

const TYPING = /^(INPUT|TEXTAREA|SELECT)$/

/**
 * Arrow keys step through the villages (→ ↓ next, ← ↑ previous), Esc goes back to the township — unless the
 * officer is typing (the meeting drawer's fields keep their arrows).
 */
export function useBoardKeys(keys: BoardKeys): void {
  function onKey(event: KeyboardEvent) {
    const target = event.target as HTMLElement | null
    if (target && (TYPING.test(target.tagName) || target.isContentEditable)) return
    if (target?.closest('.el-drawer, .el-dialog, .el-select-dropdown, .el-picker-panel')) return
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') keys.step(1)
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') keys.step(-1)
    else if (event.key === 'Escape') keys.township()
    else return
    event.preventDefault()
  }
  onMounted(() => window.addEventListener('keydown', onKey))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey))
}
