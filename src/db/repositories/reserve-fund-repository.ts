import type { Actor } from '@/domain/accounts/user'
import { RESERVE_FUND_ID, type ReserveFund } from '@/domain/supplies/reserve-fund'
import type { CommandPostDatabase } from '../database'
import { note, writeWithAudit } from '../write'

/** The township's reserve fund, or undefined while nobody has set its amount. */
export function getReserveFund(db: CommandPostDatabase): Promise<ReserveFund | undefined> {
  return db.supplyFunds.get(RESERVE_FUND_ID)
}

/** Sets the reserve fund's amount (checked by the service), with an audit line giving the old and new amount. */
export function saveReserveFund(db: CommandPostDatabase, amount: number, actor: Actor): Promise<ReserveFund> {
  return writeWithAudit(db, actor, [db.supplyFunds], async (ctx) => {
    const old = await db.supplyFunds.get(RESERVE_FUND_ID)
    const fund: ReserveFund = old
      ? { ...old, amount, updatedAt: ctx.now, updatedBy: actor.id }
      : { id: RESERVE_FUND_ID, amount, ...ctx.stampNew() }
    await db.supplyFunds.put(fund)
    const before = old ? `${old.amount} 元` : '未设定'
    await ctx.audit(
      note('update', 'supplyFund', RESERVE_FUND_ID, `防疫储备金：${before} → ${amount} 元`, {
        amount: { before: old?.amount ?? null, after: amount },
      }),
    )
    return fund
  })
}
