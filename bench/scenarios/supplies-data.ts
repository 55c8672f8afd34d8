import { newId } from '@/domain/common/ids'
import { createRandom } from '@/domain/demo/random'
import { bookMovements, bookRecentUse } from '@/domain/supplies/daily-book'
import { planPosting, type BalanceChange } from '@/domain/supplies/posting'
import { addDays } from '@/domain/supplies/stock-dates'
import type { StockBalance, StockMovement, SupplyDay, SupplyTotal } from '@/domain/supplies/stock-document'
import { TOWNSHIP_STORE_ID, type StockLocation } from '@/domain/supplies/stock-location'
import { SUPPLY_CATEGORIES, type SupplyItem } from '@/domain/supplies/supply-item'

/** What the supplies bench writes straight into its tables (the figures time reads and one posting, not this). */
export interface SuppliesBenchData {
  items: SupplyItem[]
  locations: StockLocation[]
  movements: StockMovement[]
  balances: StockBalance[]
  totals: SupplyTotal[]
  days: SupplyDay[]
}

/**
 * `movementCount` movements over `itemCount` items and `locationCount` stock points in the 60 days before
 * `today`: receipts into the township store, transfers out to the points and issues from every point, each
 * planned by the real posting rules so every balance and running total is what posting would have written.
 */
export function suppliesBenchData(
  itemCount: number,
  locationCount: number,
  movementCount: number,
  today: string,
): SuppliesBenchData {
  const random = createRandom('bench/supplies')
  const stamps = { createdAt: 0, createdBy: 'bench', updatedAt: 0, updatedBy: 'bench' }
  const items: SupplyItem[] = Array.from({ length: itemCount }, (_, i) => ({
    id: newId('sup'),
    code: `BENCH-${String(i).padStart(3, '0')}`,
    name: `基准物资${i}`,
    category: SUPPLY_CATEGORIES[i % SUPPLY_CATEGORIES.length],
    unit: '个',
    specification: '基准规格',
    reserve: i % 3 ? { kind: 'days', days: 30 } : { kind: 'quantity', quantity: 500 },
    key: i % 10 === 0,
    sortOrder: 100 + i,
    ...stamps,
  }))
  const locations: StockLocation[] = Array.from({ length: locationCount - 1 }, (_, i) => ({
    id: newId('loc'),
    name: `基准库存点${i + 1}`,
    kind: i % 3 ? 'village' : 'checkpoint',
    sortOrder: i + 1,
    ...stamps,
  }))
  const itemMap = new Map(items.map((i) => [i.id, i]))
  const balances = new Map<string, StockBalance>()
  const totals = new Map<string, number>()
  const movements: StockMovement[] = []
  let n = 0
  while (movements.length < movementCount) {
    const date = addDays(today, -60 + Math.floor((movements.length / movementCount) * 60))
    const kind = n % 10 < 2 ? 'receipt' : n % 10 < 5 ? 'transfer' : 'issue'
    const where = kind === 'issue' ? random.pick([TOWNSHIP_STORE_ID, ...locations.map((l) => l.id)]) : TOWNSHIP_STORE_ID
    const to = random.pick(locations).id
    const changes: BalanceChange[] = []
    for (let line = 1; line <= 10; line++) {
      const item = random.pick(items)
      const batch = `B${(n % 6) + 1}`
      if (kind === 'receipt') {
        const expiry = addDays(today, random.int(-5, 400))
        changes.push({
          line,
          itemId: item.id,
          locationId: where,
          batch,
          expiry,
          quantity: random.int(200, 2000),
          counterpart: '县指挥部',
        })
        continue
      }
      const held = [...['B1', 'B2', 'B3', 'B4', 'B5', 'B6']]
        .map((b) => balances.get(`${item.id}|${where}|${b}`))
        .find((b) => b && b.quantity > 0)
      if (!held) continue
      const quantity = Math.min(held.quantity, random.int(1, 80))
      changes.push({
        line,
        itemId: item.id,
        locationId: where,
        batch: held.batch,
        quantity: -quantity,
        counterpart: '',
      })
      if (kind === 'transfer')
        changes.push({
          line,
          itemId: item.id,
          locationId: to,
          batch: held.batch,
          quantity,
          expiryFrom: where,
          counterpart: '',
        })
    }
    const plan = planPosting(
      changes,
      { balance: (k) => balances.get(k), total: (id) => totals.get(id) ?? 0 },
      itemMap,
      0,
    )
    if (plan.problems.length === 0) {
      for (const [k, b] of plan.balances) balances.set(k, b)
      for (const [k, t] of plan.totals) totals.set(k, t)
      const documentId = newId('doc')
      movements.push(
        ...plan.movements.map(
          (m) =>
            ({
              ...m,
              id: newId('mov'),
              documentId,
              documentNumber: `BENCH-${n}`,
              kind,
              bookedAs: kind,
              date,
              handler: '基准',
              at: 0,
            }) as StockMovement,
        ),
      )
    }
    n++
  }
  const days = new Map<string, SupplyDay>()
  bookMovements(days, movements)
  const totalRows = new Map([...totals].map(([itemId, onHand]) => [itemId, { itemId, onHand } as SupplyTotal]))
  bookRecentUse(totalRows, movements)
  return {
    items,
    locations,
    movements,
    balances: [...balances.values()],
    totals: [...totalRows.values()],
    days: [...days.values()],
  }
}
