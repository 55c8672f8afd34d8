import type { LocalDate } from '../common/entity'
import { suggestBatches } from '../supplies/stock-cover'
import { addDays } from '../supplies/stock-dates'
import type { DocumentInput, DocumentLineInput, StockBalance } from '../supplies/stock-document'
import { TOWNSHIP_STORE_ID, type StockLocationInput } from '../supplies/stock-location'
import { createRandom, type Random } from './random'

/** Township-wide daily use per catalogue code (units a day) in the demo month, and days of stock at its start. */
const DEMO_USE: Record<string, { perDay: number; startDays: number }> = {
  'FH-N95': { perDay: 60, startDays: 38 },
  'FH-YWKZ': { perDay: 300, startDays: 70 },
  'FH-YCKZ': { perDay: 150, startDays: 75 },
  'FH-FHF': { perDay: 12, startDays: 45 },
  'FH-GLY': { perDay: 10, startDays: 80 },
  'FH-HMJ': { perDay: 1, startDays: 150 },
  'FH-MZ': { perDay: 3, startDays: 30 },
  'FH-ST': { perDay: 80, startDays: 70 },
  'FH-XT': { perDay: 40, startDays: 75 },
  'XS-JJ': { perDay: 8, startDays: 70 },
  'XS-84': { perDay: 2, startDays: 90 },
  'XS-SXY': { perDay: 6, startDays: 70 },
  'JC-CYG': { perDay: 120, startDays: 60 },
  'JC-HCG': { perDay: 60, startDays: 70 },
  'JC-KY': { perDay: 50, startDays: 35 },
  'SB-EWQ': { perDay: 0.2, startDays: 300 },
  'SB-SYB': { perDay: 2, startDays: 150 },
  'YP-BLF': { perDay: 4, startDays: 80 },
  'YP-LHQW': { perDay: 3, startDays: 90 },
}

/** The demo's stock points besides the township store: the first villages' points, a site and a checkpoint. */
export function demoStockLocations(villages: readonly { id: string; name: string }[]): StockLocationInput[] {
  return [
    ...villages.slice(0, 3).map((v) => ({ name: `${v.name}物资点`, kind: 'village' as const, villageId: v.id })),
    { name: '镇集中隔离点', kind: 'site' },
    { name: '国道卡口', kind: 'checkpoint' },
  ]
}

const HANDLERS = ['陈文书', '张值班'] as const
const REVIEWER = '刘书记'
const stamp = (date: LocalDate) => date.replaceAll('-', '')

/**
 * A realistic month of stock documents for the demo township, oldest first, ending today: the county's opening
 * allocation, purchases and a donation, transfers to the stock points, daily issues to villages, checkpoints and
 * the site, a damaged write-off and a stocktake. Some key items end below their reserve, one batch of alcohol has
 * expired and a batch of 84 disinfectant and of antigen kits expire within 30 days, so every flag has work.
 * `itemId(code)` maps catalogue codes, `locationIds` are the ids of {@link demoStockLocations} in order.
 */
export function generateDemoSupplies(
  itemId: (code: string) => string,
  locationIds: readonly string[],
  villageNames: readonly string[],
  today: LocalDate,
  seed = 'demo-supplies',
): DocumentInput[] {
  const random = createRandom(seed)
  const stock = new Map<string, StockBalance>()
  const docs: DocumentInput[] = []
  const start = addDays(today, -30)
  const header = (kind: DocumentInput['kind'], date: LocalDate, locationId = TOWNSHIP_STORE_ID) => ({
    kind,
    date,
    handler: random.pick(HANDLERS),
    reviewer: REVIEWER,
    locationId,
  })
  const put = (
    locationId: string,
    line: Required<Pick<DocumentLineInput, 'itemId' | 'batch' | 'expiry' | 'quantity'>>,
  ) => {
    const key = `${line.itemId}|${locationId}|${line.batch}`
    const held = stock.get(key)
    stock.set(key, {
      id: key,
      itemId: line.itemId,
      locationId,
      batch: line.batch,
      expiry: line.expiry,
      quantity: (held?.quantity ?? 0) + line.quantity,
      updatedAt: 0,
    })
  }
  /** Lines taking `quantity` of an item out of a location, first expiring first (and not already expired). */
  const take = (locationId: string, item: string, quantity: number, date: LocalDate): DocumentLineInput[] => {
    const held = [...stock.values()].filter((b) => b.itemId === item && b.locationId === locationId && b.expiry >= date)
    return suggestBatches(held, quantity).map((s) => {
      put(locationId, { itemId: item, batch: s.batch, expiry: s.expiry, quantity: -s.quantity })
      return { itemId: item, batch: s.batch, quantity: s.quantity }
    })
  }
  const receive = (
    date: LocalDate,
    lines: { item: string; quantity: number; expiry: LocalDate; price?: number }[],
    extra: Partial<DocumentInput>,
  ) => {
    const docLines = lines.map((l, i) => {
      const line = {
        itemId: itemId(l.item),
        batch: `${stamp(date)}${String(i + 1).padStart(2, '0')}`,
        expiry: l.expiry,
        quantity: l.quantity,
      }
      put(TOWNSHIP_STORE_ID, line)
      return l.price !== undefined ? { ...line, unitPrice: l.price } : line
    })
    docs.push({ ...header('receipt', date), ...extra, lines: docLines })
  }

  const codes = Object.keys(DEMO_USE)
  receive(
    start,
    codes.map((code) => ({
      item: code,
      quantity: Math.ceil(DEMO_USE[code].perDay * DEMO_USE[code].startDays * 0.6),
      expiry:
        code === 'XS-84'
          ? addDays(today, 20)
          : code === 'XS-JJ'
            ? addDays(today, -3)
            : addDays(today, random.int(200, 700)),
      // The county's allocation carries its declared value (the same unit prices), so receipts by source add up.
      price: PRICES[code],
    })),
    { source: 'allocation', donor: '县疫情防控指挥部', note: '县指挥部首批调拨' },
  )
  receive(
    addDays(start, 1),
    codes.map((code) => ({
      item: code,
      quantity: Math.ceil(DEMO_USE[code].perDay * DEMO_USE[code].startDays * 0.4),
      expiry: code === 'JC-KY' ? addDays(today, 25) : addDays(today, random.int(300, 700)),
      price: PRICES[code],
    })),
    { source: 'purchase', donor: '县医药公司' },
  )
  for (let day = 2; day <= 30; day++) dailyDocuments(addDays(start, day), day)
  return docs

  function dailyDocuments(date: LocalDate, day: number): void {
    if (day === 3 || day === 14 || day === 24) {
      // Weekly top-up of each stock point from the township store.
      for (const [n, locationId] of locationIds.entries()) {
        const lines = ['FH-YWKZ', 'FH-ST', 'XS-SXY', 'JC-CYG'].flatMap((code) =>
          take(TOWNSHIP_STORE_ID, itemId(code), Math.ceil(DEMO_USE[code].perDay * (n < 3 ? 1 : 1.5)), date),
        )
        lines.forEach((l) => put(locationId, { ...l, expiry: l.expiry ?? expiryOf(l) }))
        if (lines.length) docs.push({ ...header('transfer', date), toLocationId: locationId, lines })
      }
    }
    if (day === 12)
      receive(
        date,
        [
          { item: 'FH-MZ', quantity: 200, expiry: addDays(today, 500) },
          { item: 'XS-SXY', quantity: 300, expiry: addDays(today, 400) },
        ],
        { source: 'donation', donor: '县红十字会（爱心企业捐赠）' },
      )
    if (day === 18)
      receive(
        date,
        [
          { item: 'FH-YWKZ', quantity: 6000, expiry: addDays(today, 600), price: 0.45 },
          { item: 'JC-CYG', quantity: 2000, expiry: addDays(today, 300), price: 1.8 },
        ],
        { source: 'purchase', donor: '县医药公司' },
      )
    if (day === 15) {
      const lines = take(TOWNSHIP_STORE_ID, itemId('FH-GLY'), 20, date)
      docs.push({ ...header('writeOff', date), writeOffReason: 'damaged', note: '仓库漏雨受潮', lines })
    }
    if (day === 23) {
      const held = [...stock.values()].find(
        (b) => b.itemId === itemId('FH-ST') && b.locationId === TOWNSHIP_STORE_ID && b.quantity > 50,
      )
      if (held) {
        put(TOWNSHIP_STORE_ID, { ...held, quantity: -3 })
        docs.push({
          ...header('stocktake', date),
          note: '月度盘点',
          lines: [{ itemId: held.itemId, batch: held.batch, quantity: held.quantity - 3 }],
        })
      }
    }
    issues(date, random.fork(date))
  }

  function issues(date: LocalDate, r: Random): void {
    const recipients = [
      ...villageNames.slice(0, 6).map((name) => ({ kind: 'village' as const, name, purpose: '入户排查、村口值守' })),
      { kind: 'checkpoint' as const, name: '国道卡口', purpose: '卡口查验' },
      { kind: 'site' as const, name: '镇集中隔离点', purpose: '隔离点日常防护' },
      { kind: 'team' as const, name: '镇核酸采样队', purpose: '全员核酸采样' },
    ]
    for (const recipient of r.sample(recipients, r.int(2, 4))) {
      const lines = r.sample(codes, r.int(2, 5)).flatMap((code) => {
        // About 3 recipients a day each take 2–5 of the 19 items: this makes the township use about perDay a day.
        const quantity = Math.round(DEMO_USE[code].perDay * 1.8 * r.float(0.6, 1.4))
        return quantity > 0 ? take(TOWNSHIP_STORE_ID, itemId(code), quantity, date) : []
      })
      if (lines.length)
        docs.push({
          ...header('issue', date),
          recipientKind: recipient.kind,
          recipient: recipient.name,
          purpose: recipient.purpose,
          lines,
        })
    }
  }

  function expiryOf(line: DocumentLineInput): LocalDate {
    return [...stock.values()].find((b) => b.itemId === line.itemId && b.batch === line.batch)?.expiry ?? today
  }
}

/** Unit prices (yuan) of the demo's purchase. */
const PRICES: Record<string, number> = {
  'FH-N95': 2.5,
  'FH-YWKZ': 0.5,
  'FH-YCKZ': 0.3,
  'FH-FHF': 45,
  'FH-GLY': 8,
  'FH-HMJ': 12,
  'FH-MZ': 3,
  'FH-ST': 1.2,
  'FH-XT': 0.5,
  'XS-JJ': 9.5,
  'XS-84': 28,
  'XS-SXY': 15,
  'JC-CYG': 1.8,
  'JC-HCG': 4.5,
  'JC-KY': 6,
  'SB-EWQ': 120,
  'SB-SYB': 4,
  'YP-BLF': 18,
  'YP-LHQW': 22,
}
