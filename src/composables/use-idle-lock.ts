import { onBeforeUnmount, onMounted } from 'vue'
import { useSessionStore } from '@/stores/session'
import { useTownshipStore } from '@/stores/township'

const ACTIVITY_EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const

/** Locks the screen after the township's idle time without mouse or keyboard activity (the PC is shared). */
export function useIdleLock(): void {
  const session = useSessionStore()
  const township = useTownshipStore()
  let lastActivity = Date.now()
  let timer: number | undefined

  const touch = () => {
    lastActivity = Date.now()
  }
  const check = () => {
    const minutes = township.township?.idleLockMinutes ?? 0
    if (minutes > 0 && session.user && !session.locked && Date.now() - lastActivity >= minutes * 60_000) session.lock()
  }

  onMounted(() => {
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, touch, { passive: true })
    timer = window.setInterval(check, 5_000)
  })
  onBeforeUnmount(() => {
    for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touch)
    window.clearInterval(timer)
  })
}
