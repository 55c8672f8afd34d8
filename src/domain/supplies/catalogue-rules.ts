import type { Problem } from '../common/result'
import { SUPPLY_CATEGORIES, SUPPLY_UNITS, type ReserveTarget, type SupplyItemInput } from './supply-item'

/** Longest reserve target in days: more than a year of use is a typing mistake. */
export const MAX_RESERVE_DAYS = 365

/** Checks a reserve target: a whole quantity above zero, or 1–365 whole days of use. */
export function reserveProblems(reserve: ReserveTarget): Problem[] {
  if (reserve.kind === 'quantity') {
    const n = reserve.quantity
    return Number.isInteger(n) && n > 0 ? [] : [{ field: 'reserve', code: 'supplies.reserveInvalid' }]
  }
  if (reserve.kind === 'days') {
    const n = reserve.days
    if (!Number.isInteger(n) || n <= 0) return [{ field: 'reserve', code: 'supplies.reserveInvalid' }]
    if (n > MAX_RESERVE_DAYS)
      return [{ field: 'reserve', code: 'supplies.reserveDaysTooMany', params: { max: MAX_RESERVE_DAYS } }]
    return []
  }
  return [{ field: 'reserve', code: 'supplies.reserveInvalid' }]
}

/** Checks a new catalogue item: code, name, a known unit and category, a valid reserve target. */
export function itemProblems(input: SupplyItemInput): Problem[] {
  const problems: Problem[] = []
  if (!input.code.trim()) problems.push({ field: 'code', code: 'supplies.itemCodeRequired' })
  if (!input.name.trim()) problems.push({ field: 'name', code: 'supplies.itemNameRequired' })
  if (!SUPPLY_UNITS.includes(input.unit))
    problems.push({ field: 'unit', code: 'supplies.itemUnitUnknown', params: { unit: input.unit } })
  if (!SUPPLY_CATEGORIES.includes(input.category))
    problems.push({ field: 'category', code: 'supplies.categoryRequired' })
  return [...problems, ...reserveProblems(input.reserve)]
}

/** A reserve target in words for the audit log: `30 天用量` or `100 只`. */
export function reserveText(reserve: ReserveTarget, unit: string): string {
  return reserve.kind === 'days' ? `${reserve.days} 天用量` : `${reserve.quantity} ${unit}`
}
