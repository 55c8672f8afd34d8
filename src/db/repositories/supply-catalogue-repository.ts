import type { Actor } from '@/domain/accounts/user'
import { newId } from '@/domain/common/ids'
import { ValidationError } from '@/domain/common/result'
import {
  TOWNSHIP_STORE_ID,
  TOWNSHIP_STORE_NAME,
  type StockLocation,
  type StockLocationInput,
} from '@/domain/supplies/stock-location'
import { reserveText } from '@/domain/supplies/catalogue-rules'
import { SEED_ITEMS, type ReserveTarget, type SupplyItem, type SupplyItemInput } from '@/domain/supplies/supply-item'
import type { CommandPostDatabase } from '../database'
import { note, writeWithAudit } from '../write'

/**
 * Seeds the usual catalogue and the township store 镇物资库 the first time supplies are opened; does nothing
 * when the catalogue already has items. Returns true when it seeded.
 */
export function ensureCatalogue(db: CommandPostDatabase, actor: Actor): Promise<boolean> {
  return writeWithAudit(db, actor, [db.supplyItems, db.stockLocations], async (ctx) => {
    if ((await db.supplyItems.count()) > 0) return false
    const items: SupplyItem[] = SEED_ITEMS.map((input) => ({ ...input, id: newId('sup', ctx.now), ...ctx.stampNew() }))
    await db.supplyItems.bulkAdd(items)
    if (!(await db.stockLocations.get(TOWNSHIP_STORE_ID)))
      await db.stockLocations.add({
        id: TOWNSHIP_STORE_ID,
        name: TOWNSHIP_STORE_NAME,
        kind: 'township',
        sortOrder: 0,
        ...ctx.stampNew(),
      })
    await ctx.audit(note('create', 'supplyItem', 'catalogue', `物资目录：${items.length} 种常用物资和镇物资库`))
    return true
  })
}

/** The catalogue in its order. */
export function listItems(db: CommandPostDatabase): Promise<SupplyItem[]> {
  return db.supplyItems.toArray().then((items) => items.sort((a, b) => a.sortOrder - b.sortOrder))
}

/** The stock points, the township store first. */
export function listLocations(db: CommandPostDatabase): Promise<StockLocation[]> {
  return db.stockLocations.toArray().then((list) => list.sort((a, b) => a.sortOrder - b.sortOrder))
}

/** Adds a catalogue item (checked by the service); its code must be new. */
export function createItem(db: CommandPostDatabase, input: SupplyItemInput, actor: Actor): Promise<SupplyItem> {
  return writeWithAudit(db, actor, [db.supplyItems], async (ctx) => {
    if (await db.supplyItems.where('code').equals(input.code).first())
      throw new ValidationError([{ field: 'code', code: 'supplies.itemCodeTaken', params: { code: input.code } }])
    const item: SupplyItem = { ...input, id: newId('sup', ctx.now), ...ctx.stampNew() }
    await db.supplyItems.add(item)
    await ctx.audit(note('create', 'supplyItem', item.id, `${item.name}（${item.specification}，${item.unit}）`))
    return item
  })
}

/** Adds a stock point (checked by the service); its name must be new. */
export function createLocation(
  db: CommandPostDatabase,
  input: StockLocationInput,
  actor: Actor,
): Promise<StockLocation> {
  return writeWithAudit(db, actor, [db.stockLocations], async (ctx) => {
    const all = await db.stockLocations.toArray()
    if (all.some((l) => l.name === input.name))
      throw new ValidationError([{ field: 'name', code: 'supplies.locationNameTaken', params: { name: input.name } }])
    const sortOrder = Math.max(0, ...all.map((l) => l.sortOrder)) + 1
    const location: StockLocation = { ...input, id: newId('loc', ctx.now), sortOrder, ...ctx.stampNew() }
    await db.stockLocations.add(location)
    await ctx.audit(note('create', 'stockLocation', location.id, location.name))
    return location
  })
}

/** Changes an item's reserve target (checked by the service); the audit line gives the old and new target. */
export function updateItemReserve(
  db: CommandPostDatabase,
  itemId: string,
  reserve: ReserveTarget,
  actor: Actor,
): Promise<SupplyItem> {
  return writeWithAudit(db, actor, [db.supplyItems], async (ctx) => {
    const item = await liveItem(db, itemId)
    const updated: SupplyItem = { ...item, reserve, updatedAt: ctx.now, updatedBy: actor.id }
    await db.supplyItems.put(updated)
    const before = reserveText(item.reserve, item.unit)
    const after = reserveText(reserve, item.unit)
    await ctx.audit(
      note('update', 'supplyItem', item.id, `${item.name} 储备目标：${before} → ${after}`, {
        reserve: { before, after },
      }),
    )
    return updated
  })
}

/**
 * Retires (停用) an item: refused while the township still holds any of it (the amount is given). The item and its
 * ledger stay; it takes no new documents.
 */
export function retireItem(db: CommandPostDatabase, itemId: string, reason: string, actor: Actor): Promise<SupplyItem> {
  return writeWithAudit(db, actor, [db.supplyItems, db.supplyTotals], async (ctx) => {
    const item = await liveItem(db, itemId)
    const onHand = (await db.supplyTotals.get(itemId))?.onHand ?? 0
    if (onHand > 0)
      throw new ValidationError([
        { field: 'item', code: 'supplies.retireWithStock', params: { name: item.name, onHand, unit: item.unit } },
      ])
    const retired: SupplyItem = {
      ...item,
      retiredAt: ctx.now,
      retiredBy: actor.id,
      retiredReason: reason,
      updatedAt: ctx.now,
      updatedBy: actor.id,
    }
    await db.supplyItems.put(retired)
    await ctx.audit(note('retire', 'supplyItem', item.id, `停用 ${item.name}：${reason}`))
    return retired
  })
}

/** Renames a stock point (checked by the service); the new name must not be another point's. */
export function renameLocation(
  db: CommandPostDatabase,
  locationId: string,
  name: string,
  actor: Actor,
): Promise<StockLocation> {
  return writeWithAudit(db, actor, [db.stockLocations], async (ctx) => {
    const all = await db.stockLocations.toArray()
    const location = all.find((l) => l.id === locationId)
    if (!location) throw new ValidationError([{ field: 'location', code: 'supplies.locationUnknown' }])
    if (all.some((l) => l.id !== locationId && l.name === name))
      throw new ValidationError([{ field: 'name', code: 'supplies.locationNameTaken', params: { name } }])
    const renamed: StockLocation = { ...location, name, updatedAt: ctx.now, updatedBy: actor.id }
    await db.stockLocations.put(renamed)
    await ctx.audit(
      note('update', 'stockLocation', location.id, `库存点改名：${location.name} → ${name}`, {
        name: { before: location.name, after: name },
      }),
    )
    return renamed
  })
}

async function liveItem(db: CommandPostDatabase, itemId: string): Promise<SupplyItem> {
  const item = await db.supplyItems.get(itemId)
  if (!item) throw new ValidationError([{ field: 'item', code: 'supplies.itemUnknown' }])
  if (item.retiredAt !== undefined)
    throw new ValidationError([{ field: 'item', code: 'supplies.itemRetired', params: { name: item.name } }])
  return item
}
