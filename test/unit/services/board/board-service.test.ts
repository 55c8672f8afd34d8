import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { todaySoFar } from '@/domain/figures/figure-window'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { openIncidents } from '@/db/repositories/figure-repository'
import { loadBoard } from '@/services/board/board-service'
import { townshipFigures } from '@/services/figures/township-figures'
import { openOrders } from '@/services/log/order-service'
import { NOW, seedFigures } from '../../../fixtures/figures'

let db: CommandPostDatabase
beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
  await seedFigures(db)
})
afterEach(async () => {
  await db.delete()
})

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
