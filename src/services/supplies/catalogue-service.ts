import { can, type Permission, type Role } from '@/domain/accounts/roles'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError, type Problem } from '@/domain/common/result'
import { itemProblems, reserveProblems } from '@/domain/supplies/catalogue-rules'
import { STOCK_LOCATION_KINDS, type StockLocation, type StockLocationInput } from '@/domain/supplies/stock-location'
import type { ReserveTarget, SupplyItem, SupplyItemInput } from '@/domain/supplies/supply-item'
import type { CommandPostDatabase } from '@/db/database'
import {
  createItem,
  createLocation,
  ensureCatalogue,
  listItems,
  renameLocation as renameStockLocation,
  retireItem as retireSupplyItem,
  updateItemReserve,
} from '@/db/repositories/supply-catalogue-repository'

/**
 * Refuses a role without the permission before anything is read or written (the screens hide the buttons too,
 * but the rule lives here).
 */
export function requireSupplies(role: Role, permission: Permission): void {
  if (!can(role, permission)) throw new ValidationError([{ field: 'role', code: 'supplies.forbidden' }])
}

/** Seeds the catalogue and the township store when supplies are opened for the first time (any role may look). */
export function openSupplies(db: CommandPostDatabase, actor: Actor): Promise<boolean> {
  return ensureCatalogue(db, actor)
}

/** Adds an item to the catalogue, at the end (`supplies.manage`). */
export async function addItem(
  db: CommandPostDatabase,
  input: SupplyItemInput,
  actor: Actor,
  role: Role,
): Promise<SupplyItem> {
  requireSupplies(role, 'supplies.manage')
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

/** Changes an item's reserve target: a quantity or days of use (`supplies.manage`). */
export async function changeReserve(
  db: CommandPostDatabase,
  itemId: string,
  reserve: ReserveTarget,
  actor: Actor,
  role: Role,
): Promise<SupplyItem> {
  requireSupplies(role, 'supplies.manage')
  const problems = reserveProblems(reserve)
  if (problems.length) throw new ValidationError(problems)
  return updateItemReserve(db, itemId, reserve, actor)
}

/** Retires an item with nothing on hand, giving a reason (`supplies.manage`). */
export async function retireItem(
  db: CommandPostDatabase,
  itemId: string,
  reason: string,
  actor: Actor,
  role: Role,
): Promise<SupplyItem> {
  requireSupplies(role, 'supplies.manage')
  const why = reason.trim()
  if (!why) throw new ValidationError([{ field: 'reason', code: 'supplies.retireReasonRequired' }])
  return retireSupplyItem(db, itemId, why, actor)
}

function locationNameProblems(name: string): Problem[] {
  return name ? [] : [{ field: 'name', code: 'supplies.locationNameRequired' }]
}

/** Adds a village, site or checkpoint stock point (`supplies.manage`). */
export async function addLocation(
  db: CommandPostDatabase,
  input: StockLocationInput,
  actor: Actor,
  role: Role,
): Promise<StockLocation> {
  requireSupplies(role, 'supplies.manage')
  const clean: StockLocationInput = { ...input, name: input.name.trim() }
  const problems = locationNameProblems(clean.name)
  if (!STOCK_LOCATION_KINDS.includes(clean.kind) || clean.kind === 'township')
    problems.push({ field: 'kind', code: 'supplies.locationKindRequired' })
  if (problems.length) throw new ValidationError(problems)
  return createLocation(db, clean, actor)
}

/** Renames a stock point; the name must be new (`supplies.manage`). */
export async function renameLocation(
  db: CommandPostDatabase,
  locationId: string,
  name: string,
  actor: Actor,
  role: Role,
): Promise<StockLocation> {
  requireSupplies(role, 'supplies.manage')
  const clean = name.trim()
  const problems = locationNameProblems(clean)
  if (problems.length) throw new ValidationError(problems)
  return renameStockLocation(db, locationId, clean, actor)
}
