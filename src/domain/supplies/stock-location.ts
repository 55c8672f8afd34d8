import type { Stamped } from '../common/entity'

/** 库存点类别: the township store 镇物资库, a village stock point, a quarantine/testing site, a checkpoint. */
export type StockLocationKind = 'township' | 'village' | 'site' | 'checkpoint'

/** Kinds in the order screens list them. */
export const STOCK_LOCATION_KINDS: readonly StockLocationKind[] = ['township', 'village', 'site', 'checkpoint']

/** 库存点: a place where supplies are kept and counted. */
export interface StockLocation extends Stamped {
  id: string
  name: string
  kind: StockLocationKind
  /** The village a village stock point belongs to. */
  villageId?: string
  sortOrder: number
}

/** What the stock point form gives. */
export type StockLocationInput = Pick<StockLocation, 'name' | 'kind' | 'villageId'>

/** The id of the township store 镇物资库, created with the catalogue on first use. */
export const TOWNSHIP_STORE_ID = 'loc_township'

/** The township store's name. */
export const TOWNSHIP_STORE_NAME = '镇物资库'
