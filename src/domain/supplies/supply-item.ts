import type { Retirable, Stamped } from '../common/entity'

/** 物资类别: the groups the stock overview and the charts add up by. */
export type SupplyCategory = 'protective' | 'disinfection' | 'testing' | 'equipment' | 'medicine'

/** Categories in the order screens list them. */
export const SUPPLY_CATEGORIES: readonly SupplyCategory[] = [
  'protective',
  'disinfection',
  'testing',
  'equipment',
  'medicine',
]

/** Units a line may be counted in (计量单位). A unit outside this list is refused as unknown. */
export const SUPPLY_UNITS: readonly string[] = [
  '个',
  '只',
  '套',
  '件',
  '副',
  '双',
  '瓶',
  '桶',
  '盒',
  '支',
  '人份',
  '台',
  '片',
  '袋',
  '箱',
  '包',
  '盒（板）',
]

/**
 * 储备目标: how much must be kept, either a fixed quantity or enough for a number of days at the current rate of
 * use ("宁可备而不用，不可用而无备").
 */
export type ReserveTarget = { kind: 'quantity'; quantity: number } | { kind: 'days'; days: number }

/**
 * 物资目录: one kind of supply, counted in one unit. A retired item (停用) is kept for its ledger but takes no new
 * documents and leaves the overview; only an item with nothing on hand may be retired.
 */
export interface SupplyItem extends Stamped, Retirable {
  id: string
  /** Short code, unique, e.g. `FH-N95`. */
  code: string
  name: string
  category: SupplyCategory
  unit: string
  /** 规格型号, e.g. `KN95 折叠式 独立包装`. */
  specification: string
  reserve: ReserveTarget
  /** A key item (重点物资): shown in the days-of-cover chart. */
  key: boolean
  sortOrder: number
}

/** What the catalogue form and the seed give; the repository adds id and stamps. */
export type SupplyItemInput = Omit<SupplyItem, 'id' | keyof Stamped | keyof Retirable>

const item = (
  code: string,
  name: string,
  category: SupplyCategory,
  unit: string,
  specification: string,
  reserve: ReserveTarget,
  key = false,
): Omit<SupplyItemInput, 'sortOrder'> => ({ code, name, category, unit, specification, reserve, key })

const days = (n: number): ReserveTarget => ({ kind: 'days', days: n })
const quantity = (n: number): ReserveTarget => ({ kind: 'quantity', quantity: n })

/** The usual catalogue of a township command post, seeded on first use. */
export const SEED_ITEMS: readonly SupplyItemInput[] = [
  item('FH-N95', 'N95口罩', 'protective', '只', 'KN95 折叠式 独立包装', days(30), true),
  item('FH-YWKZ', '医用外科口罩', 'protective', '只', 'YY 0469 三层 挂耳', days(30), true),
  item('FH-YCKZ', '一次性使用医用口罩', 'protective', '只', 'YY/T 0969 挂耳', days(30)),
  item('FH-FHF', '医用防护服', 'protective', '套', 'GB 19082 连体带帽 L/XL', days(30), true),
  item('FH-GLY', '隔离衣', 'protective', '件', '一次性 无纺布', days(30)),
  item('FH-HMJ', '护目镜', 'protective', '副', '防雾 可重复使用', quantity(100)),
  item('FH-MZ', '防护面屏', 'protective', '个', '一次性 防飞溅', quantity(100)),
  item('FH-ST', '医用检查手套', 'protective', '双', '丁腈 M 号', days(30), true),
  item('FH-XT', '鞋套', 'protective', '双', '一次性 防水 高筒', days(30)),
  item('XS-JJ', '75%酒精', 'disinfection', '瓶', '500 mL 喷雾', days(30), true),
  item('XS-84', '84消毒液', 'disinfection', '桶', '5 L 含氯', days(30), true),
  item('XS-SXY', '免洗手消毒液', 'disinfection', '瓶', '500 mL 按压式', days(30)),
  item('JC-CYG', '采样拭子及采样管', 'testing', '支', '病毒采样管 单人份', days(14), true),
  item('JC-HCG', '十混一采样管', 'testing', '支', '10 人混采 含拭子', days(14)),
  item('JC-KY', '新冠抗原检测试剂', 'testing', '人份', '胶体金法 单人份', days(14), true),
  item('SB-EWQ', '红外体温计', 'equipment', '台', '额温枪 非接触式', quantity(40)),
  item('SB-SYB', '水银体温计', 'equipment', '支', '腋下式', quantity(200)),
  item('YP-BLF', '布洛芬缓释胶囊', 'medicine', '盒', '0.3 g × 20 粒', quantity(200)),
  item('YP-LHQW', '连花清瘟胶囊', 'medicine', '盒', '0.35 g × 24 粒', quantity(200)),
].map((input, sortOrder) => ({ ...input, sortOrder }))
