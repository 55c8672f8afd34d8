import { afterEach, beforeEach, expect, it } from 'vitest'
import { SYSTEM_ACTOR } from '@/domain/accounts/user'
import { generateDemoTownship } from '@/domain/demo/demo-township'
import type { Village } from '@/domain/township/village'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { addDemoSupplies } from '@/services/supplies/demo-supplies-service'
import { loadOverview } from '@/services/supplies/overview-service'

let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})

afterEach(async () => {
  await db.delete()
})

it('posts a month of demo documents that leave items below reserve and batches expiring, flags with work in them', async () => {
  const villages = generateDemoTownship().villages.map((v, i) => ({ ...v, id: `vil_${i}` }) as Village)
  const posted = await addDemoSupplies(db, villages, SYSTEM_ACTOR, '2026-11-20')
  expect(posted).toBeGreaterThan(80)
  expect(await db.stockDocuments.count()).toBe(posted)
  const overview = await loadOverview(db, 14, '2026-11-20')
  const below = overview.items.filter((r) => r.belowReserve).map((r) => r.item.code)
  expect(below).toEqual(expect.arrayContaining(['FH-N95', 'JC-KY']))
  expect(below.length).toBeLessThan(8)
  expect(overview.expiring.map((b) => b.expiry < '2026-11-20')).toContain(true)
  expect(overview.expiring.length).toBeGreaterThanOrEqual(2)
  const kinds = new Set((await db.stockDocuments.toArray()).map((d) => d.kind))
  expect([...kinds].sort()).toEqual(['issue', 'receipt', 'stocktake', 'transfer', 'writeOff'])
})
