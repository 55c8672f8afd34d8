import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ValidationError, type Problem } from '@/domain/common/result'
import { TOWNSHIP_STORE_ID } from '@/domain/supplies/stock-location'
import type { CommandPostDatabase } from '@/db/database'
import { balancesOfItem, itemLedger, listMovements } from '@/db/repositories/stock-query-repository'
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

async function problemsOf(work: Promise<unknown>): Promise<Problem[]> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).problems
}

async function writtenCounts() {
  return Promise.all([db.stockDocuments.count(), db.stockMovements.count(), db.stockBalances.count(), db.audit.count()])
}

describe('recordDocument', () => {
  it('receives a donation: balance, movement with before/after, totals, daily figures and audit in one go', async () => {
    const n95 = fx.byCode('FH-N95')
    const receipt = await recordDocument(
      db,
      doc('receipt', [{ itemId: n95.id, batch: 'B1', expiry: '2027-06-30', quantity: 500 }]),
      CLERK,
      'clerk',
      TODAY,
    )
    expect(receipt.number).toBe('RK20261120-001')
    const [movement] = await db.stockMovements.toArray()
    expect(movement).toMatchObject({ quantity: 500, before: 0, after: 500, itemAfter: 500, counterpart: '县红十字会' })
    expect((await balancesOfItem(db, n95.id))[0]).toMatchObject({ quantity: 500, expiry: '2027-06-30' })
    expect(await db.supplyTotals.get(n95.id)).toEqual({ itemId: n95.id, onHand: 500 })
    expect(await db.supplyDays.get(`${n95.id}|${TODAY}`)).toMatchObject({ received: 500, used: 0 })
    expect(await db.audit.where('action').equals('post').count()).toBe(1)
  })

  it('issues, transfers and writes off, keeping every balance and the item total right', async () => {
    const mask = fx.byCode('FH-YWKZ')
    const lines = [
      { itemId: mask.id, batch: 'A', expiry: '2027-01-01', quantity: 100 },
      { itemId: mask.id, batch: 'B', expiry: '2026-12-01', quantity: 50 },
    ]
    await recordDocument(db, doc('receipt', lines), CLERK, 'clerk', TODAY)
    await recordDocument(db, doc('issue', [{ itemId: mask.id, batch: 'B', quantity: 20 }]), CLERK, 'clerk', TODAY)
    await recordDocument(
      db,
      doc('transfer', [{ itemId: mask.id, batch: 'A', quantity: 30 }], { toLocationId: fx.village.id }),
      CLERK,
      'clerk',
      TODAY,
    )
    await recordDocument(db, doc('writeOff', [{ itemId: mask.id, batch: 'B', quantity: 5 }]), CLERK, 'clerk', TODAY)
    const balances = await balancesOfItem(db, mask.id)
    const held = Object.fromEntries(
      balances.map((b) => [`${b.locationId === TOWNSHIP_STORE_ID ? 'store' : 'village'}${b.batch}`, b.quantity]),
    )
    expect(held).toEqual({ storeA: 70, storeB: 25, villageA: 30 })
    expect(balances.find((b) => b.locationId === fx.village.id)?.expiry).toBe('2027-01-01')
    expect((await db.supplyTotals.get(mask.id))?.onHand).toBe(125)
    expect(await db.supplyDays.get(`${mask.id}|${TODAY}`)).toMatchObject({ received: 150, used: 20, writtenOff: 5 })
    const ledger = await itemLedger(db, mask.id, TODAY, TODAY)
    expect(ledger.map((m) => m.itemAfter)).toEqual([100, 150, 130, 100, 130, 125])
  })

  it('refuses an issue larger than the batch holds, with the amount available, and writes nothing', async () => {
    const gloves = fx.byCode('FH-ST')
    await recordDocument(
      db,
      doc('receipt', [{ itemId: gloves.id, batch: 'G1', expiry: '2027-01-01', quantity: 12 }]),
      CLERK,
      'clerk',
      TODAY,
    )
    const before = await writtenCounts()
    const problems = await problemsOf(
      recordDocument(db, doc('issue', [{ itemId: gloves.id, batch: 'G1', quantity: 13 }]), CLERK, 'clerk', TODAY),
    )
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'supplies.overIssue',
        params: expect.objectContaining({ available: 12, quantity: 13, unit: '双' }),
      }),
    ])
    expect(await writtenCounts()).toEqual(before)
  })

  it('refuses bad input with a problem per mistake and writes nothing', async () => {
    const n95 = fx.byCode('FH-N95')
    const before = await writtenCounts()
    const problems = await problemsOf(
      recordDocument(
        db,
        doc(
          'receipt',
          [
            { itemId: n95.id, batch: 'B', expiry: '2026-11-01', quantity: 10 },
            { itemId: n95.id, batch: 'C', expiry: '2027-01-01', quantity: 0 },
            { itemId: n95.id, batch: 'D', expiry: '2027-01-01', quantity: -3 },
            { itemId: n95.id, batch: 'E', expiry: '2027-01-01', quantity: 3, unit: '吨' },
          ],
          { reviewer: '陈文书' },
        ),
        CLERK,
        'clerk',
        TODAY,
      ),
    )
    expect(problems.map((p) => p.code)).toEqual([
      'supplies.reviewerIsHandler',
      'supplies.expiryBeforeReceipt',
      'supplies.quantityNotPositive',
      'supplies.quantityNotPositive',
      'supplies.unknownUnit',
    ])
    expect(await writtenCounts()).toEqual(before)
  })

  it('stocktake books the difference between counted and on hand', async () => {
    const alcohol = fx.byCode('XS-JJ')
    await recordDocument(
      db,
      doc('receipt', [{ itemId: alcohol.id, batch: 'J', expiry: '2027-03-01', quantity: 40 }]),
      CLERK,
      'clerk',
      TODAY,
    )
    await recordDocument(db, doc('stocktake', [{ itemId: alcohol.id, batch: 'J', quantity: 37 }]), CLERK, 'clerk', TODAY)
    const movements = await itemLedger(db, alcohol.id, TODAY, TODAY)
    expect(movements.at(-1)).toMatchObject({ kind: 'stocktake', quantity: -3, before: 40, after: 37 })
    expect(await db.supplyDays.get(`${alcohol.id}|${TODAY}`)).toMatchObject({ adjusted: -3 })
  })
})

describe('reverse', () => {
  it('undoes a mistaken issue with a document pointing at it, and refuses a second reversal', async () => {
    const suits = fx.byCode('FH-FHF')
    await recordDocument(
      db,
      doc('receipt', [{ itemId: suits.id, batch: 'S', expiry: '2027-03-01', quantity: 60 }]),
      CLERK,
      'clerk',
      TODAY,
    )
    const issue = await recordDocument(db, doc('issue', [{ itemId: suits.id, batch: 'S', quantity: 25 }]), CLERK, 'clerk', TODAY)
    const wording = { date: TODAY, handler: '陈文书', reviewer: '王主任', reason: '数量填错' }
    const reversal = await reverse(db, issue.id, wording, CLERK, 'clerk', TODAY)
    expect(reversal).toMatchObject({ kind: 'reversal', reversesId: issue.id, reversesNumber: issue.number })
    expect((await balancesOfItem(db, suits.id))[0].quantity).toBe(60)
    expect(await db.supplyDays.get(`${suits.id}|${TODAY}`)).toMatchObject({ used: 0, received: 60 })
    const problems = await problemsOf(reverse(db, issue.id, wording, CLERK, 'clerk', TODAY))
    expect(problems[0]).toMatchObject({ code: 'supplies.alreadyReversed', params: { number: reversal.number } })
    expect((await problemsOf(reverse(db, reversal.id, wording, CLERK, 'clerk', TODAY)))[0].code).toBe(
      'supplies.cannotReverseReversal',
    )
    const page = await listMovements(db, { itemId: suits.id, page: 1, pageSize: 10 })
    expect(page.total).toBe(3)
  })

  it('refuses to reverse a receipt whose stock has already gone out', async () => {
    const kits = fx.byCode('JC-KY')
    const receipt = await recordDocument(
      db,
      doc('receipt', [{ itemId: kits.id, batch: 'K', expiry: '2027-03-01', quantity: 10 }]),
      CLERK,
      'clerk',
      TODAY,
    )
    await recordDocument(db, doc('issue', [{ itemId: kits.id, batch: 'K', quantity: 4 }]), CLERK, 'clerk', TODAY)
    const problems = await problemsOf(
      reverse(db, receipt.id, { date: TODAY, handler: '甲', reviewer: '乙', reason: '重复入库' }, CLERK, 'clerk', TODAY),
    )
    expect(problems[0]).toMatchObject({ code: 'supplies.overIssue', params: expect.objectContaining({ available: 6 }) })
  })
})
