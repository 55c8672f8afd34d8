import { localToday } from '@/domain/person/dates'
import { averageDailyUse, daysOfCover } from '@/domain/supplies/stock-cover'
import { addDays } from '@/domain/supplies/stock-dates'
import type { DocumentInput } from '@/domain/supplies/stock-document'
import { TOWNSHIP_STORE_ID } from '@/domain/supplies/stock-location'
import { balancesOfItem } from '@/db/repositories/stock-query-repository'
import { openSupplies } from '@/services/supplies/catalogue-service'
import { recordDocument } from '@/services/supplies/document-service'
import { loadOverview } from '@/services/supplies/overview-service'
import { roundMs, timed, type ScenarioSet } from './scenario'
import { suppliesBenchData } from './supplies-data'

// The scale: 50k movements over 300 items and 40 stock points (the township store and 39 more).
const ITEMS = 300
const LOCATIONS = 40
const MOVEMENTS = 50_000
const RUNS = 11

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** `supplies.*`: a balance with days of cover, the stock overview, and posting a 20-line document. */
export const suppliesScenarios: ScenarioSet = {
  area: 'supplies',
  async seed({ db, actor }) {
    const today = localToday()
    await openSupplies(db, actor)
    const data = suppliesBenchData(ITEMS, LOCATIONS, MOVEMENTS, today)
    await db.transaction(
      'rw',
      [db.supplyItems, db.stockLocations, db.stockMovements, db.stockBalances, db.supplyTotals, db.supplyDays],
      async () => {
        await db.supplyItems.bulkAdd(data.items)
        await db.stockLocations.bulkAdd(data.locations)
        await db.stockMovements.bulkAdd(data.movements)
        await db.stockBalances.bulkAdd(data.balances)
        await db.supplyTotals.bulkAdd(data.totals)
        await db.supplyDays.bulkAdd(data.days)
      },
    )

    // One item's batches at every point plus its days of cover from its daily figures.
    const balance: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const item = data.items[(run * 37) % ITEMS]
      const { ms } = await timed(async () => {
        const batches = await balancesOfItem(db, item.id)
        const days = await db.supplyDays
          .where('id')
          .between(`${item.id}|${addDays(today, -14)}`, `${item.id}|${today}`, true, true)
          .toArray()
        return daysOfCover(
          batches.reduce((s, b) => s + b.quantity, 0),
          averageDailyUse(days, today, 14),
        )
      })
      balance.push(ms)
    }

    // Receipts of 20 lines (always accepted), each a fresh document through the whole posting path.
    const record: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const input: DocumentInput = {
        kind: 'receipt',
        date: today,
        handler: '基准经办',
        reviewer: '基准审核',
        locationId: TOWNSHIP_STORE_ID,
        source: 'purchase',
        donor: '县医药公司',
        lines: Array.from({ length: 20 }, (_, i) => ({
          itemId: data.items[(run * 20 + i) % ITEMS].id,
          batch: `R${run}`,
          expiry: addDays(today, 365),
          quantity: 100,
          unitPrice: 1.5,
        })),
      }
      record.push((await timed(() => recordDocument(db, input, actor, 'admin', today))).ms)
    }
    // Last, so it is not timed while IndexedDB is still settling the 50k-row bulk write.
    const overview: number[] = []
    for (let run = 0; run < 7; run++) overview.push((await timed(() => loadOverview(db, 14, today))).ms)
    return {
      figures: [
        { name: 'supplies.balance.query', value: roundMs(median(balance)), unit: 'ms', target: 50 },
        { name: 'supplies.overview', value: roundMs(median(overview)), unit: 'ms', target: 300 },
        { name: 'supplies.document.record', value: roundMs(median(record)), unit: 'ms', target: 100 },
      ],
      probes: [],
    }
  },
}
