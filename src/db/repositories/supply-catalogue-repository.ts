import type { Actor } from '@/domain/accounts/user'
import { newId } from '@/domain/common/ids'
import { ValidationError } from '@/domain/common/result'
import {
  TOWNSHIP_STORE_ID,
  TOWNSHIP_STORE_NAME,
  type StockLocation,
  type StockLocationInput,
} from '@/domain/supplies/stock-location'
import { SEED_ITEMS, type SupplyItem, type SupplyItemInput } from '@/domain/supplies/supply-item'
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
