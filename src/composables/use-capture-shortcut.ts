import { onBeforeUnmount, onMounted } from 'vue'

/**
 * The key that opens the log's capture dialog from anywhere in the app. The line list uses F2 as Excel does (edit
 * the cell): a screen that owns the key marks its element `data-own-f2`, or handles the key and prevents default.
 */
export const CAPTURE_KEY = 'F2'

/** Calls `open` when the officer presses F2 anywhere (unless a dialog already has the key, or the screen is locked). */
export function useCaptureShortcut(open: () => void, enabled: () => boolean): void {
  function onKey(event: KeyboardEvent) {
    if (event.key !== CAPTURE_KEY || event.repeat || event.defaultPrevented || !enabled()) return
    if (event.target instanceof Element && event.target.closest('[data-own-f2]')) return
    event.preventDefault()
    open()
  }
  onMounted(() => window.addEventListener('keydown', onKey))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey))
}
