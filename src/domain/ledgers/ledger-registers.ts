import type { LedgerRegister } from './ledger-register'
import { DUTY_LEDGER, LOG_LEDGER, ORDERS_LEDGER, RISK_LEDGER, SUPPLIES_LEDGER } from './registers-command'
import { HEALTH_CHECKS_LEDGER, MEASURES_LEDGER, TESTS_LEDGER } from './registers-control'
import { COUNTY_LIST_LEDGER, PEOPLE_LEDGER } from './registers-people'

/** Every register that exports as a ledger, in the order the 台账导出 page lists them. */
export const LEDGER_REGISTERS: readonly LedgerRegister[] = [
  PEOPLE_LEDGER,
  MEASURES_LEDGER,
  HEALTH_CHECKS_LEDGER,
  TESTS_LEDGER,
  COUNTY_LIST_LEDGER,
  LOG_LEDGER,
  ORDERS_LEDGER,
  SUPPLIES_LEDGER,
  DUTY_LEDGER,
  RISK_LEDGER,
]

/** The register of a key, or undefined. */
export function ledgerRegister(key: string): LedgerRegister | undefined {
  return LEDGER_REGISTERS.find((register) => register.key === key)
}
