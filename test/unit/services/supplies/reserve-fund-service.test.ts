import { afterEach, beforeEach, expect, it } from 'vitest'
import type { Problem } from '@/domain/common/result'
import {
  adoptLocalReserveFund,
  loadReserveFund,
  setReserveFund,
} from '@/services/supplies/reserve-fund-service'
import { CLERK, openSuppliesDatabase } from './supplies-fixture'

let fx: Awaited<ReturnType<typeof openSuppliesDatabase>>

beforeEach(async () => {
  fx = await openSuppliesDatabase()
})
afterEach(() => fx.db.delete())

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (e) {
    return (e as { problems: Problem[] }).problems[0].code
  }
  throw new Error('expected a refusal')
}

it('uses 100,000 yuan until set, then the stored amount, each change audited', async () => {
  const { db } = fx
  expect(await loadReserveFund(db)).toEqual({ amount: 100_000, set: false })
  await setReserveFund(db, 150_000.5, CLERK, 'leader')
  await setReserveFund(db, 180_000, CLERK, 'clerk')
  expect(await loadReserveFund(db)).toEqual({ amount: 180_000, set: true })
  const lines = await db.audit.where('[entity+entityId]').equals(['supplyFund', 'reserve']).toArray()
  expect(lines.map((l) => l.summary)).toEqual(['防疫储备金：未设定 → 150000.5 元', '防疫储备金：150000.5 元 → 180000 元'])
})

it('refuses a role without supplies.manage and bad amounts, writing nothing', async () => {
  const { db } = fx
  expect(await codeOf(setReserveFund(db, 50_000, CLERK, 'duty'))).toBe('supplies.forbidden')
  expect(await codeOf(setReserveFund(db, -1, CLERK, 'admin'))).toBe('supplies.fundInvalid')
  expect(await codeOf(setReserveFund(db, 1.005, CLERK, 'admin'))).toBe('supplies.fundInvalid')
  expect(await codeOf(setReserveFund(db, 2e8, CLERK, 'admin'))).toBe('supplies.fundTooLarge')
  expect(await db.supplyFunds.count()).toBe(0)
})

it('adopts an amount left in localStorage once, only for a permitted role and only when none is stored', async () => {
  const { db } = fx
  expect(await adoptLocalReserveFund(db, 80_000, CLERK, 'duty')).toBe(false)
  expect(await adoptLocalReserveFund(db, 80_000, CLERK, 'clerk')).toBe(true)
  expect(await adoptLocalReserveFund(db, 90_000, CLERK, 'clerk')).toBe(false)
  expect((await loadReserveFund(db)).amount).toBe(80_000)
})
