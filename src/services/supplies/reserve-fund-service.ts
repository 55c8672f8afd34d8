import type { Role } from '@/domain/accounts/roles'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { DEFAULT_RESERVE_FUND_AMOUNT, reserveFundProblems, type ReserveFund } from '@/domain/supplies/reserve-fund'
import type { CommandPostDatabase } from '@/db/database'
import { getReserveFund, saveReserveFund } from '@/db/repositories/reserve-fund-repository'
import { requireSupplies } from './catalogue-service'

/** The reserve fund's amount as the charts use it: the stored one, or the default while unset. */
export interface ReserveFundView {
  amount: number
  /** False while nobody has set the amount (the default is shown). */
  set: boolean
}

/** Reads the township's reserve fund (anyone may look). */
export async function loadReserveFund(db: CommandPostDatabase): Promise<ReserveFundView> {
  const fund = await getReserveFund(db)
  return fund ? { amount: fund.amount, set: true } : { amount: DEFAULT_RESERVE_FUND_AMOUNT, set: false }
}

/** Sets the reserve fund's amount in yuan (`supplies.manage`), audited. */
export async function setReserveFund(
  db: CommandPostDatabase,
  amount: number,
  actor: Actor,
  role: Role,
): Promise<ReserveFund> {
  requireSupplies(role, 'supplies.manage')
  const problems = reserveFundProblems(amount)
  if (problems.length) throw new ValidationError(problems)
  return saveReserveFund(db, Math.round(amount * 100) / 100, actor)
}

/**
 * Moves an amount an earlier version kept in one PC's localStorage into the database, once: only when the
 * township has no amount yet and the role may set it. Returns true when it moved it.
 */
export async function adoptLocalReserveFund(
  db: CommandPostDatabase,
  amount: number,
  actor: Actor,
  role: Role,
): Promise<boolean> {
  if ((await getReserveFund(db)) || reserveFundProblems(amount).length) return false
  try {
    requireSupplies(role, 'supplies.manage')
  } catch {
    return false
  }
  await saveReserveFund(db, amount, actor)
  return true
}
