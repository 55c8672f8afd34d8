import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Problem } from '@/domain/common/result'
import { TOWNSHIP_STORE_ID } from '@/domain/supplies/stock-location'
import type { SupplyItemInput } from '@/domain/supplies/supply-item'
import {
  addItem,
  addLocation,
  changeReserve,
  renameLocation,
  retireItem,
} from '@/services/supplies/catalogue-service'
import { recordDocument, reverse } from '@/services/supplies/document-service'
import { CLERK, doc, openSuppliesDatabase, TODAY } from './supplies-fixture'

let fx: Awaited<ReturnType<typeof openSuppliesDatabase>>

beforeEach(async () => {
  fx = await openSuppliesDatabase()
})
afterEach(() => fx.db.delete())

async function problemsOf(promise: Promise<unknown>): Promise<Problem[]> {
  try {
    await promise
  } catch (e) {
    return (e as { problems: Problem[] }).problems
  }
  throw new Error('expected a refusal')
}

const gown: SupplyItemInput = {
  code: 'FH-FHY2',
  name: '防护衣（加厚）',
  category: 'protective',
  unit: '件',
  specification: '连体 XL',
  reserve: { kind: 'quantity', quantity: 50 },
  key: false,
  sortOrder: 0,
}

describe('permissions inside the services', () => {
  it('refuses a duty officer every catalogue change and writes nothing', async () => {
    const { db, byCode, village } = fx
    const before = await db.audit.count()
    for (const attempt of [
      addItem(db, gown, CLERK, 'duty'),
      changeReserve(db, byCode('FH-N95').id, { kind: 'days', days: 10 }, CLERK, 'duty'),
      retireItem(db, byCode('SB-SYB').id, '不用了', CLERK, 'duty'),
      addLocation(db, { name: '卡口2', kind: 'checkpoint' }, CLERK, 'duty'),
      renameLocation(db, village.id, '新名字', CLERK, 'duty'),
    ])
      expect((await problemsOf(attempt))[0].code).toBe('supplies.forbidden')
    expect(await db.audit.count()).toBe(before)
    expect((await db.supplyItems.get(byCode('FH-N95').id))?.reserve).toEqual({ kind: 'days', days: 30 })
  })

  it('refuses a leader posting or reversing documents (supplies.record), allows the duty officer', async () => {
    const { db, byCode } = fx
    const receipt = doc('receipt', [{ itemId: byCode('FH-N95').id, batch: 'N', expiry: '2027-06-01', quantity: 10 }])
    expect((await problemsOf(recordDocument(db, receipt, CLERK, 'leader', TODAY)))[0].code).toBe('supplies.forbidden')
    expect(await db.stockDocuments.count()).toBe(0)
    const posted = await recordDocument(db, receipt, CLERK, 'duty', TODAY)
    const wording = { date: TODAY, handler: '甲', reviewer: '乙', reason: '录错' }
    expect((await problemsOf(reverse(db, posted.id, wording, CLERK, 'leader', TODAY)))[0].code).toBe(
      'supplies.forbidden',
    )
  })
})

describe('the catalogue', () => {
  it('adds an item with a quantity target, refuses a taken code and a bad target, audits the add', async () => {
    const { db } = fx
    const item = await addItem(db, gown, CLERK, 'clerk')
    expect(item.sortOrder).toBeGreaterThan(0)
    expect((await db.audit.where('[entity+entityId]').equals(['supplyItem', item.id]).first())?.action).toBe('create')
    expect((await problemsOf(addItem(db, gown, CLERK, 'clerk')))[0].code).toBe('supplies.itemCodeTaken')
    const bad = { ...gown, code: 'X', reserve: { kind: 'days' as const, days: 400 } }
    expect((await problemsOf(addItem(db, bad, CLERK, 'clerk')))[0].code).toBe('supplies.reserveDaysTooMany')
  })

  it('changes a reserve target from days to a quantity, with the old and new target in the audit line', async () => {
    const { db, byCode } = fx
    const n95 = byCode('FH-N95')
    const changed = await changeReserve(db, n95.id, { kind: 'quantity', quantity: 2000 }, CLERK, 'leader')
    expect(changed.reserve).toEqual({ kind: 'quantity', quantity: 2000 })
    const line = await db.audit.where('[entity+entityId]').equals(['supplyItem', n95.id]).last()
    expect(line?.changes).toEqual({ reserve: { before: '30 天用量', after: '2000 只' } })
    expect((await problemsOf(changeReserve(db, n95.id, { kind: 'days', days: 0 }, CLERK, 'clerk')))[0].code).toBe(
      'supplies.reserveInvalid',
    )
  })

  it('retires only an item with nothing on hand; a retired item takes no new documents', async () => {
    const { db, byCode } = fx
    const kits = byCode('JC-KY')
    await recordDocument(
      db,
      doc('receipt', [{ itemId: kits.id, batch: 'K', expiry: '2027-01-01', quantity: 5 }]),
      CLERK,
      'clerk',
      TODAY,
    )
    const refused = await problemsOf(retireItem(db, kits.id, '改用新品', CLERK, 'clerk'))
    expect(refused[0]).toMatchObject({ code: 'supplies.retireWithStock', params: { onHand: 5, unit: '人份' } })
    expect((await problemsOf(retireItem(db, kits.id, '  ', CLERK, 'clerk')))[0].code).toBe(
      'supplies.retireReasonRequired',
    )
    await recordDocument(
      db,
      doc('writeOff', [{ itemId: kits.id, batch: 'K', quantity: 5 }]),
      CLERK,
      'clerk',
      TODAY,
    )
    const retired = await retireItem(db, kits.id, '改用新品', CLERK, 'clerk')
    expect(retired.retiredReason).toBe('改用新品')
    const again = doc('receipt', [{ itemId: kits.id, batch: 'K2', expiry: '2027-01-01', quantity: 5 }])
    expect((await problemsOf(recordDocument(db, again, CLERK, 'clerk', TODAY)))[0].code).toBe(
      'supplies.lineItemRetired',
    )
    expect((await problemsOf(changeReserve(db, kits.id, { kind: 'days', days: 5 }, CLERK, 'clerk')))[0].code).toBe(
      'supplies.itemRetired',
    )
  })

  it('renames a stock point, refusing an empty or taken name', async () => {
    const { db, village } = fx
    const renamed = await renameLocation(db, village.id, ' 青龙村卫生室 ', CLERK, 'clerk')
    expect(renamed.name).toBe('青龙村卫生室')
    expect((await problemsOf(renameLocation(db, village.id, ' ', CLERK, 'clerk')))[0].code).toBe(
      'supplies.locationNameRequired',
    )
    expect((await problemsOf(renameLocation(db, village.id, '镇物资库', CLERK, 'clerk')))[0].code).toBe(
      'supplies.locationNameTaken',
    )
    const line = await db.audit.where('[entity+entityId]').equals(['stockLocation', village.id]).last()
    expect(line?.summary).toBe('库存点改名：青龙村物资点 → 青龙村卫生室')
    expect(await db.stockLocations.get(TOWNSHIP_STORE_ID)).toBeDefined()
  })
})

describe('declared values', () => {
  it('keeps an allocation line’s declared value and refuses a negative one', async () => {
    const { db, byCode } = fx
    const line = { itemId: byCode('FH-N95').id, batch: 'A', expiry: '2027-06-01', quantity: 100, unitPrice: 1.2 }
    const posted = await recordDocument(db, doc('receipt', [line], { source: 'allocation' }), CLERK, 'clerk', TODAY)
    expect(posted.lines[0].unitPrice).toBe(1.2)
    // Only purchases are money spent from the fund: the daily figures stay at 0.
    expect((await db.supplyDays.toArray()).reduce((s, d) => s + d.spent, 0)).toBe(0)
    const negative = doc('receipt', [{ ...line, unitPrice: -1 }], { source: 'donation', donor: '某公司' })
    expect((await problemsOf(recordDocument(db, negative, CLERK, 'clerk', TODAY)))[0].code).toBe(
      'supplies.unitPriceInvalid',
    )
  })
})
