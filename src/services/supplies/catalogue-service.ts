import type { Actor } from '@/domain/accounts/user'
import { ValidationError, type Problem } from '@/domain/common/result'
import { STOCK_LOCATION_KINDS, type StockLocation, type StockLocationInput } from '@/domain/supplies/stock-location'
import { SUPPLY_CATEGORIES, SUPPLY_UNITS, type SupplyItem, type SupplyItemInput } from '@/domain/supplies/supply-item'
import type { CommandPostDatabase } from '@/db/database'
import { createItem, createLocation, ensureCatalogue, listItems } from '@/db/repositories/supply-catalogue-repository'

/** Seeds the catalogue and the township store when supplies are opened for the first time. */
export function openSupplies(db: CommandPostDatabase, actor: Actor): Promise<boolean> {
  return ensureCatalogue(db, actor)
}

/** Checks a new catalogue item: code, name, a known unit and category, a positive reserve target. */
export function itemProblems(input: SupplyItemInput): Problem[] {
  const problems: Problem[] = []
  if (!input.code.trim()) problems.push({ field: 'code', code: 'supplies.itemCodeRequired' })
  if (!input.name.trim()) problems.push({ field: 'name', code: 'supplies.itemNameRequired' })
  if (!SUPPLY_UNITS.includes(input.unit))
    problems.push({ field: 'unit', code: 'supplies.itemUnitUnknown', params: { unit: input.unit } })
  if (!SUPPLY_CATEGORIES.includes(input.category))
    problems.push({ field: 'category', code: 'supplies.categoryRequired' })
  const target = input.reserve.kind === 'quantity' ? input.reserve.quantity : input.reserve.days
  if (!Number.isInteger(target) || target <= 0) problems.push({ field: 'reserve', code: 'supplies.reserveInvalid' })
  return problems
}

/** Adds an item to the catalogue, at the end. */
export async function addItem(db: CommandPostDatabase, input: SupplyItemInput, actor: Actor): Promise<SupplyItem> {
  const clean = {
    ...input,
    code: input.code.trim(),
    name: input.name.trim(),
    specification: input.specification.trim(),
  }
  const problems = itemProblems(clean)
  if (problems.length) throw new ValidationError(problems)
  const sortOrder = Math.max(-1, ...(await listItems(db)).map((i) => i.sortOrder)) + 1
  return createItem(db, { ...clean, sortOrder }, actor)
}

/** Adds a village, site or checkpoint stock point. */
export async function addLocation(
  db: CommandPostDatabase,
  input: StockLocationInput,
  actor: Actor,
): Promise<StockLocation> {
  const clean: StockLocationInput = { ...input, name: input.name.trim() }
  const problems: Problem[] = []
  if (!clean.name) problems.push({ field: 'name', code: 'supplies.locationNameRequired' })
  if (!STOCK_LOCATION_KINDS.includes(clean.kind) || clean.kind === 'township')
    problems.push({ field: 'kind', code: 'supplies.locationKindRequired' })
  if (problems.length) throw new ValidationError(problems)
  return createLocation(db, clean, actor)
}
