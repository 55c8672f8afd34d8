import { computed, onBeforeUnmount, ref } from 'vue'

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** The current date and time for the header, refreshed every second. */
export function useClock() {
  const now = ref(new Date())
  const timer = window.setInterval(() => (now.value = new Date()), 1000)
  onBeforeUnmount(() => window.clearInterval(timer))
  const pad = (n: number) => String(n).padStart(2, '0')
  const dateText = computed(() => {
    const d = now.value
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} 星期${WEEKDAYS[d.getDay()]}`
  })
  const timeText = computed(
    () => `${pad(now.value.getHours())}:${pad(now.value.getMinutes())}:${pad(now.value.getSeconds())}`,
  )
  return { now, dateText, timeText }
}
