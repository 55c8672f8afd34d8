import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { LogEntry } from '@/domain/log/log-entry'
import type { Order, OrderEventKind, OrderInput } from '@/domain/log/order'
import { appDatabase } from '@/db/instance'
import { watchQuery } from '@/db/live'
import { ordersDoneSince } from '@/db/repositories/log/order-repository'
import { issueOrder, openOrders, recordOrderEvent } from '@/services/log/order-service'
import { useSessionStore } from './session'

/** How long done orders stay on the orders screen's "done" tab: a week. */
const DONE_WINDOW_MS = 7 * 86_400_000

/** Dispatch orders: the unfinished ones (live, for the screen, the home card and the leader) and recent done ones. */
export const useOrdersStore = defineStore('orders', () => {
  const open = shallowRef<Order[]>([])
  const done = shallowRef<Order[]>([])
  const error = ref<unknown>(null)
  let stopWatch: (() => void) | undefined

  async function watch(): Promise<void> {
    if (stopWatch) return
    const db = await appDatabase()
    stopWatch = watchQuery(
      () => Promise.all([openOrders(db), ordersDoneSince(db, Date.now() - DONE_WINDOW_MS)]),
      ([o, d]) => {
        open.value = o
        done.value = d
      },
      (e) => (error.value = e),
    )
  }

  async function issue(input: OrderInput, source?: LogEntry): Promise<Order> {
    return issueOrder(await appDatabase(), useSessionStore().actor, input, source)
  }

  async function record(orderId: string, kind: OrderEventKind, text: string): Promise<Order> {
    return recordOrderEvent(await appDatabase(), useSessionStore().actor, orderId, kind, text)
  }

  return { open, done, error, watch, issue, record }
})
