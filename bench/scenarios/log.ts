import { dayWindow } from '@/domain/log/log-window'
import { localToday } from '@/domain/person/dates'
import { walkChain } from '@/db/repositories/log/log-entry-repository'
import { verifyLogChain } from '@/services/log/chain-service'
import { appendLogEntry, searchLog } from '@/services/log/log-service'
import { openOrders } from '@/services/log/order-service'
import { benchLog, benchOrders, ENTRIES, ORDERS } from './log-data'
import { roundMs, tableRows, testId, timed, type ScenarioSet } from './scenario'

const RUNS = 9
const BATCH = 10_000
/** The log screen's page size (stores/log.ts). */
const PAGE_SIZE = 20

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/**
 * The wartime log with 50k chained entries and 5k orders: `log.entry.capture` (median appendLogEntry: check,
 * read the head, hash, write, audit), `log.today.view` (median searchLog of today's first page, corrections
 * included), `log.chain.verify` (the full chain recomputed from IndexedDB), and the log screen's first page.
 */
export const logScenarios: ScenarioSet = {
  area: 'log',
  async seed({ db, actor }) {
    const villages = await db.villages.toArray()
    const villageIds = villages.length ? villages.map((v) => v.id) : ['vil_bench_0', 'vil_bench_1']
    const now = Date.now()
    const { entries, head } = benchLog(actor, villageIds, now)
    const orders = benchOrders(actor, ['李院长', '市场监管组', '流调专班', '陈文书', '物资保障组'], now)
    if (entries.length !== ENTRIES || orders.length !== ORDERS) throw new Error('log bench built the wrong size')
    for (let i = 0; i < entries.length; i += BATCH) await db.logEntries.bulkAdd(entries.slice(i, i + BATCH))
    await db.logHead.put({ id: 'head', ...head })
    await db.orders.bulkAdd(orders)

    const captures: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const { ms } = await timed(() =>
        appendLogEntry(db, actor, { kind: 'call-in', counterpart: '青龙村 王书记', content: `基准测试来电 ${i}` }),
      )
      captures.push(ms)
    }

    const today = dayWindow(localToday())
    await searchLog(db, { window: today, page: 1, pageSize: PAGE_SIZE })
    const views: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const { result, ms } = await timed(() => searchLog(db, { window: today, page: 1, pageSize: PAGE_SIZE }))
      if (result.items.length === 0) throw new Error('log bench: today has no entries')
      views.push(ms)
    }

    // The read alone (no hashing), so the verification figure can be split into IndexedDB and SHA-256.
    const read = await timed(() => walkChain(db, () => undefined))
    const verify = await timed(() => verifyLogChain(db))
    if (verify.result.breaks.length || verify.result.checked !== ENTRIES + RUNS)
      throw new Error(`log bench: chain ${JSON.stringify(verify.result).slice(0, 200)}`)
    const open = await timed(() => openOrders(db))

    const rows = tableRows('log-table')
    return {
      figures: [
        { name: 'log.entry.capture', value: roundMs(median(captures)), unit: 'ms', target: 50 },
        { name: 'log.today.view', value: roundMs(median(views)), unit: 'ms', target: 100 },
        { name: 'log.chain.verify', value: roundMs(verify.ms), unit: 'ms', target: 2000 },
        { name: 'log.chain.read', value: roundMs(read.ms), unit: 'ms', target: null },
        { name: 'log.orders.open', value: roundMs(open.ms), unit: 'ms', target: 100 },
      ],
      probes: [
        {
          name: 'log.today.view.ui',
          target: 100,
          runs: 5,
          before: [{ action: { click: testId('nav-/') }, until: { selector: rows, count: 0 } }],
          measure: { action: { click: testId('nav-/log') }, until: { selector: rows, count: PAGE_SIZE } },
        },
      ],
    }
  },
}
