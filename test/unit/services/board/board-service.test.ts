import { describe, expect, it } from 'vitest'
import { todaySoFar } from '@/domain/figures/figure-window'
import type { CommandPostDatabase } from '@/db/database'
import { openIncidents } from '@/db/repositories/figure-repository'
import { loadBoard, watchBoard, type BoardData } from '@/services/board/board-service'
import { townshipFigures } from '@/services/figures/township-figures'
import { openOrders } from '@/services/log/order-service'
import { A, CHECKS, NOW, ORDERS, seedFiguresEachTest } from '../../../fixtures/figures'

let db: CommandPostDatabase
seedFiguresEachTest((opened) => (db = opened))

describe('loadBoard', () => {
  it("hands over today's township figures and, from the same reads, the open orders by deadline and open incidents", async () => {
    const board = await loadBoard(db, NOW)
    expect(board.figures).toEqual(await townshipFigures(db, todaySoFar(NOW), NOW, { screened: false }))
    const orders = await openOrders(db)
    expect(orders.length).toBeGreaterThan(0)
    expect(board.orders).toEqual(orders)
    expect(board.incidents).toEqual(await openIncidents(db))
  })
})

describe('watchBoard', () => {
  /** Watches at NOW with a clock the test moves; `next()` resolves with the next value handed over. */
  function watching(clock: { now: number }) {
    const values: BoardData[] = []
    let wake = () => {}
    const stop = watchBoard(
      db,
      NOW,
      (v) => {
        values.push(v)
        wake()
      },
      (e) => {
        throw e
      },
      () => clock.now,
    )
    const next = async (count: number) => {
      while (values.length < count) await new Promise<void>((resolve) => (wake = resolve))
      return values[count - 1]
    }
    return { stop, next }
  }

  it('hands over what loadBoard reads, then again after a fever and an order written later, as loadBoard then', async () => {
    const clock = { now: NOW }
    const { stop, next } = watching(clock)
    try {
      expect(await next(1)).toEqual(await loadBoard(db, NOW))
      clock.now = NOW + 60_000
      const fevers = (await next(1)).figures.figures.fevers.value
      await db.healthChecks.add({ ...CHECKS[0], id: 'h_new', measureId: 'm_new', feverOn: '2022-07-10' })
      expect((await next(2)).figures.figures.fevers.value).toBe(fevers + 1)
      const open = (await next(2)).figures.figures['orders.open'].value
      await db.orders.add({ ...ORDERS[0], id: 'ord_new', state: 'open', createdAt: NOW + 30_000, ownerVillageId: A })
      const after = await next(3)
      expect(after.figures.figures['orders.open'].value).toBe(open + 1)
      expect(after).toEqual(await loadBoard(db, clock.now))
    } finally {
      stop()
    }
  })
})
