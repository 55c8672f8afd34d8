import { onBeforeUnmount, ref } from 'vue'

/** The current time in epoch ms, refreshed every `everyMs`: what derived states (overdue, clocks) are computed at. */
export function useNow(everyMs = 1000) {
  const now = ref(Date.now())
  const timer = window.setInterval(() => (now.value = Date.now()), everyMs)
  onBeforeUnmount(() => window.clearInterval(timer))
  return now
}
