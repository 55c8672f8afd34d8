import { onBeforeUnmount, onMounted } from 'vue'

/**
 * Marks the page as the print view `name` while the calling component is on screen: `body.cp-print-<name>`.
 *
 * The app keeps every page's CSS once its chunk has loaded, so a print view's global rules (hiding the app frame,
 * "everything but me is invisible", html/body heights, its `@page` size) must be keyed to this class; otherwise
 * they leak into every other screen's print and can blank it. Named pages are used the same way: the view's
 * `@page <name>` is selected by `body.cp-print-<name> { page: <name> }`.
 */
export function usePrintScope(name: string): void {
  const cls = `cp-print-${name}`
  onMounted(() => document.body.classList.add(cls))
  onBeforeUnmount(() => document.body.classList.remove(cls))
}
