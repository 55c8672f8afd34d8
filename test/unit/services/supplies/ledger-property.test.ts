import { afterEach, beforeEach, expect, it } from 'vitest'
import { ValidationError } from '@/domain/common/result'
import { createRandom } from '@/domain/demo/random'
import { TOWNSHIP_STORE_ID } from '@/domain/supplies/stock-location'
import type { CommandPostDatabase } from '@/db/database'
import { recordDocument, reverse } from '@/services/supplies/document-service'
import { CLERK, doc, openSuppliesDatabase, TODAY } from './supplies-fixture'

let db: CommandPostDatabase
let fx: Awaited<ReturnType<typeof openSuppliesDatabase>>

beforeEach(async () => {
  fx = await openSuppliesDatabase()
  db = fx.db
})

afterEach(async () => {
  await db.delete()
})

it('random documents through the real database never leave a negative balance; balances equal the movements', async () => {
  const random = createRandom('supplies-db')
  const items = fx.items.slice(0, 3)
  const places = [TOWNSHIP_STORE_ID, fx.village.id]
  const posted: string[] = []
  let refused = 0
  for (let n = 0; n < 80; n++) {
    const kind = random.pick(['receipt', 'receipt', 'issue', 'transfer', 'writeOff', 'stocktake', 'reversal'] as const)
    const locationId = random.pick(places)
    const lines = Array.from({ length: random.int(1, 3) }, () => ({
      itemId: random.pick(items).id,
      batch: random.pick(['A', 'B']),
      expiry: '2027-01-01',
      quantity: random.int(kind === 'stocktake' ? 0 : 1, 60),
    }))
    try {
      if (kind === 'reversal') {
        if (posted.length === 0) continue
        await reverse(
          db,
          random.pick(posted),
          { date: TODAY, handler: '甲', reviewer: '乙', reason: '测试' },
          CLERK,
          'clerk',
          TODAY,
        )
      } else {
        const toLocationId = places.find((p) => p !== locationId)
        posted.push((await recordDocument(db, doc(kind, lines, { locationId, toLocationId }), CLERK, 'clerk', TODAY)).id)
      }
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError)
      refused++
    }
  }
  expect(refused).toBeGreaterThan(0)
  expect(posted.length).toBeGreaterThan(20)
  const [balances, movements, totals] = await Promise.all([
    db.stockBalances.toArray(),
    db.stockMovements.toArray(),
    db.supplyTotals.toArray(),
  ])
  const sums = new Map<string, number>()
  for (const m of movements)
    sums.set(
      `${m.itemId}|${m.locationId}|${m.batch}`,
      (sums.get(`${m.itemId}|${m.locationId}|${m.batch}`) ?? 0) + m.quantity,
    )
  for (const b of balances) {
    expect(b.quantity).toBeGreaterThanOrEqual(0)
    expect(b.quantity, b.id).toBe(sums.get(b.id))
  }
  for (const t of totals)
    expect(t.onHand).toBe(balances.filter((b) => b.itemId === t.itemId).reduce((s, b) => s + b.quantity, 0))
})
