import type { Order, OrderStatus } from '@/domain/log/order'
import { minutesLeft, orderStatus } from '@/domain/log/order'

type Translate = (key: string, params?: Record<string, unknown>) => string

/** Element Plus tag type of each status: overdue red, done green. */
export const STATUS_TAG: Record<OrderStatus, 'danger' | 'success' | 'warning' | 'info'> = {
  overdue: 'danger',
  done: 'success',
  'in-progress': 'warning',
  open: 'info',
}

/** `3小时20分` / `2天4小时` / `15分钟` from minutes, in the app's language. */
export function durationText(t: Translate, minutes: number): string {
  const m = Math.abs(minutes)
  const hours = Math.floor(m / 60)
  if (hours >= 48) return t('orders.durations.days', { d: Math.floor(hours / 24), h: hours % 24 })
  if (hours && m % 60 === 0) return t('orders.durations.wholeHours', { h: hours })
  return hours ? t('orders.durations.hours', { h: hours, m: m % 60 }) : t('orders.durations.minutes', { m })
}

/** What the deadline column says under the time: how long is left, or how long it is overdue. */
export function deadlineNote(t: Translate, order: Order, now: number): { text: string; overdue: boolean } {
  if (orderStatus(order, now) === 'done') return { text: '', overdue: false }
  const left = minutesLeft(order, now)
  return left < 0
    ? { text: t('orders.overdueBy', { d: durationText(t, left) }), overdue: true }
    : { text: t('orders.left', { d: durationText(t, left) }), overdue: false }
}
