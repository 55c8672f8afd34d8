import { onBeforeUnmount, onMounted } from 'vue'

/** The key that opens the log's capture dialog from anywhere in the app. Nothing else in the app uses F2. */
export const CAPTURE_KEY = 'F2'

/** Calls `open` when the officer presses F2 anywhere (unless a dialog already has the key, or the screen is locked). */
export function useCaptureShortcut(open: () => void, enabled: () => boolean): void {
  function onKey(event: KeyboardEvent) {
    if (event.key !== CAPTURE_KEY || event.repeat || !enabled()) return
    event.preventDefault()
    open()
  }
  onMounted(() => window.addEventListener('keydown', onKey))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey))
}
