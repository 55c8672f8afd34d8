import { describe, expect, it } from 'vitest'
import { createRandom } from '@/domain/demo/random'
import { documentChanges, reversalChanges } from '@/domain/supplies/document-changes'
import { planPosting, type PlannedMovement } from '@/domain/supplies/posting'
import type { DocumentInput, StockBalance, StockMovement } from '@/domain/supplies/stock-document'
import { SEED_ITEMS, type SupplyItem } from '@/domain/supplies/supply-item'

const ITEMS = new Map<string, SupplyItem>(
  SEED_ITEMS.slice(0, 4).map((input, i) => [
    `sup_${i}`,
    { ...input, id: `sup_${i}`, createdAt: 0, createdBy: 't', updatedAt: 0, updatedBy: 't' },
  ]),
)
const ITEM_IDS = [...ITEMS.keys()]
const LOCATIONS = ['loc_a', 'loc_b', 'loc_c']
const BATCHES = ['B1', 'B2', 'B3']

/** An in-memory ledger that posts the way the repository does. */
class Ledger {
  balances = new Map<string, StockBalance>()
  totals = new Map<string, number>()
  movements: (PlannedMovement & { documentId: string })[] = []

  post(changes: ReturnType<typeof documentChanges>, documentId: string) {
    const plan = planPosting(
      changes,
      { balance: (k) => this.balances.get(k), total: (id) => this.totals.get(id) ?? 0 },
      ITEMS,
      0,
    )
    if (plan.problems.length) return plan.problems
    for (const [k, b] of plan.balances) this.balances.set(k, b)
    for (const [k, t] of plan.totals) this.totals.set(k, t)
    this.movements.push(...plan.movements.map((m) => ({ ...m, documentId })))
    return []
  }
}

function randomDocument(random: ReturnType<typeof createRandom>, ledger: Ledger): DocumentInput {
  const kind = random.pick(['receipt', 'receipt', 'issue', 'issue', 'transfer', 'writeOff', 'stocktake'] as const)
  const locationId = random.pick(LOCATIONS)
  const lines = Array.from({ length: random.int(1, 4) }, () => {
    const itemId = random.pick(ITEM_IDS)
    const batch = random.pick(BATCHES)
    const held = ledger.balances.get(`${itemId}|${locationId}|${batch}`)?.quantity ?? 0
    // Mostly valid amounts, sometimes more than is there: those documents must be refused whole.
    const quantity =
      kind === 'receipt' ? random.int(1, 200) : kind === 'stocktake' ? random.int(0, held + 5) : random.int(1, held + 3)
    return { itemId, batch, expiry: `2027-0${BATCHES.indexOf(batch) + 1}-01`, quantity }
  })
  const toLocationId = random.pick(LOCATIONS.filter((l) => l !== locationId))
  return { kind, date: '2026-11-20', handler: 'a', reviewer: 'b', locationId, toLocationId, lines }
}

describe('planPosting (property)', () => {
  it('random documents never drive a balance below zero, and balances always equal the sum of movements', () => {
    for (const seed of [1, 2, 3]) {
      const random = createRandom(`supplies-${seed}`)
      const ledger = new Ledger()
      let refused = 0
      for (let n = 0; n < 300; n++) {
        const id = `doc_${n}`
        if (n % 10 === 9 && ledger.movements.length) {
          // Now and then reverse an earlier document, which is refused when its stock has moved on.
          const target = random.pick(ledger.movements).documentId
          const original = ledger.movements.filter((m) => m.documentId === target)
          ledger.post(reversalChanges(original as unknown as StockMovement[]), id)
          continue
        }
        if (
          ledger.post(
            documentChanges(randomDocument(random, ledger), (x) => x),
            id,
          ).length
        )
          refused++
        const negative = [...ledger.balances.values()].filter((b) => b.quantity < 0)
        expect(negative).toEqual([])
      }
      expect(refused).toBeGreaterThan(0)
      const sums = new Map<string, number>()
      for (const m of ledger.movements) {
        const key = `${m.itemId}|${m.locationId}|${m.batch}`
        sums.set(key, (sums.get(key) ?? 0) + m.quantity)
      }
      for (const [key, b] of ledger.balances) expect(b.quantity, key).toBe(sums.get(key))
      for (const itemId of ITEM_IDS) {
        const total = [...ledger.balances.values()]
          .filter((b) => b.itemId === itemId)
          .reduce((s, b) => s + b.quantity, 0)
        expect(ledger.totals.get(itemId) ?? 0).toBe(total)
      }
      for (const m of ledger.movements) expect(m.after).toBe(m.before + m.quantity)
    }
  }, 30_000)
})

describe('planPosting', () => {
  it('lets two lines of one batch see each other', () => {
    const ledger = new Ledger()
    const base = { kind: 'receipt', date: '2026-11-20', handler: 'a', reviewer: 'b', locationId: 'loc_a' } as const
    ledger.post(
      documentChanges(
        { ...base, lines: [{ itemId: 'sup_0', batch: 'B1', expiry: '2027-01-01', quantity: 10 }] },
        (x) => x,
      ),
      'd1',
    )
    const issue = {
      ...base,
      kind: 'issue' as const,
      lines: [6, 6].map((quantity) => ({ itemId: 'sup_0', batch: 'B1', quantity })),
    }
    const problems = ledger.post(
      documentChanges(issue, (x) => x),
      'd2',
    )
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'supplies.overIssue',
        params: expect.objectContaining({ line: 2, available: 4 }),
      }),
    ])
    expect(ledger.balances.get('sup_0|loc_a|B1')?.quantity).toBe(10)
  })

  it('refuses a transfer of a batch the source does not hold, once', () => {
    const ledger = new Ledger()
    const transfer: DocumentInput = {
      kind: 'transfer',
      date: '2026-11-20',
      handler: 'a',
      reviewer: 'b',
      locationId: 'loc_a',
      toLocationId: 'loc_b',
      lines: [{ itemId: 'sup_1', batch: 'X', quantity: 1 }],
    }
    expect(
      ledger.post(
        documentChanges(transfer, (x) => x),
        'd',
      ),
    ).toHaveLength(1)
  })
})
