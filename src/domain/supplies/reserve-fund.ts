import type { Stamped } from '../common/entity'
import type { Problem } from '../common/result'

/**
 * 防疫储备金: the money set aside for epidemic supplies (e.g. 100,000 yuan). Part of the township's data: one row,
 * changed only by a role with `supplies.manage`, each change in the audit log.
 */
export interface ReserveFund extends Stamped {
  /** Always {@link RESERVE_FUND_ID}: a township has one reserve fund. */
  id: string
  /** Yuan, at most two decimals. */
  amount: number
}

/** The key of the reserve fund's row. */
export const RESERVE_FUND_ID = 'reserve'

/** What the charts use until someone sets the amount. */
export const DEFAULT_RESERVE_FUND_AMOUNT = 100_000

/** The largest amount accepted (a hundred million yuan): more is a typing mistake. */
export const MAX_RESERVE_FUND_AMOUNT = 100_000_000

/** Checks an amount: a number of yuan from 0 to a hundred million, to the fen. */
export function reserveFundProblems(amount: number): Problem[] {
  if (!Number.isFinite(amount) || amount < 0 || Math.abs(Math.round(amount * 100) - amount * 100) > 1e-6)
    return [{ field: 'amount', code: 'supplies.fundInvalid' }]
  if (amount > MAX_RESERVE_FUND_AMOUNT)
    return [{ field: 'amount', code: 'supplies.fundTooLarge', params: { max: MAX_RESERVE_FUND_AMOUNT } }]
  return []
}
