import type { Actor } from '@/domain/accounts/user'
import type { DocumentInput, DocumentLineInput } from '@/domain/supplies/stock-document'
import { TOWNSHIP_STORE_ID } from '@/domain/supplies/stock-location'
import type { SupplyItem } from '@/domain/supplies/supply-item'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { listItems } from '@/db/repositories/supply-catalogue-repository'
import { addLocation, openSupplies } from '@/services/supplies/catalogue-service'

/** The signed-in clerk of the supplies tests. */
export const CLERK: Actor = { id: 'usr_clerk', name: '陈文书' }

/** "Today" of the supplies tests. */
export const TODAY = '2026-11-20'

/** A fresh database with the seeded catalogue and one village stock point. */
export async function openSuppliesDatabase() {
  const db: CommandPostDatabase = await openDatabase(`test-${crypto.randomUUID()}`)
  await openSupplies(db, CLERK)
  const village = await addLocation(db, { name: '青龙村物资点', kind: 'village' }, CLERK, 'clerk')
  const items = await listItems(db)
  const byCode = (code: string): SupplyItem => items.find((i) => i.code === code)!
  return { db, village, items, byCode }
}

/** A document with the usual header; override what the test is about. */
export function doc(kind: DocumentInput['kind'], lines: DocumentLineInput[], extra: Partial<DocumentInput> = {}) {
  const base: DocumentInput = {
    kind,
    date: TODAY,
    handler: '陈文书',
    reviewer: '王主任',
    locationId: TOWNSHIP_STORE_ID,
    lines,
  }
  if (kind === 'receipt') Object.assign(base, { source: 'donation', donor: '县红十字会' })
  if (kind === 'issue') Object.assign(base, { recipientKind: 'village', recipient: '青龙村', purpose: '卡口值守' })
  if (kind === 'writeOff') Object.assign(base, { writeOffReason: 'expired' })
  return { ...base, ...extra }
}
