import type { Origin } from './person'

/** A village of the township as the importer needs it: to resolve `所属村` text and `网格/组` text to ids. */
export interface VillageRef {
  id: string
  name: string
  /** 12-digit 统计用区划代码. */
  code: string
  grids: { id: string; name: string }[]
}

/** What a village cell resolved to: the village (and grid), or the text that names none (to warn about). */
export interface PlaceReading {
  villageId: string
  gridId: string
  unknownVillage?: string
  unknownGrid?: string
}

/** Resolves village and grid text against the township's villages; build once per import. */
export interface VillageResolver {
  resolve(villageText: string, gridText: string): PlaceReading
}

const SUFFIX = /(村民委员会|居民委员会|村委会|居委会|村委|社区|村)$/
const DIGITS = '零一二三四五六七八九'

function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s/g, '')
}

/** 新华村, 新华村委会, 新华 → 新华; a township prefix (芦阳镇新华村) is dropped. */
function villageKey(text: string): string {
  const name = compact(text).replace(/^.*?(镇|乡|街道办事处|街道)(?=.)/, '')
  return name.replace(SUFFIX, '') || name
}

/** 第一组, 1组, 一组, 01组 → 1组: digits and Chinese numerals up to 99 compared alike. */
function gridKey(text: string): string {
  return compact(text)
    .replace(/^第/, '')
    .replace(/[零一二三四五六七八九十]+/g, (numeral) => {
      const [tens, ones] = numeral.includes('十') ? numeral.split('十') : ['', numeral]
      const value = numeral.includes('十')
        ? (tens === '' ? 1 : DIGITS.indexOf(tens)) * 10 + (ones === '' ? 0 : DIGITS.indexOf(ones))
        : Number([...ones].map((c) => DIGITS.indexOf(c)).join(''))
      return String(value)
    })
    .replace(/^0+(?=\d)/, '')
    .replace(/(村民小组|小组|网格)$/, '组')
}

/**
 * Builds a resolver over the villages: a village is named by its name with or without 村/社区/村委会/居委会
 * (and a township prefix), or by its 12-digit code; a grid by its name, `一组` and `1组` alike. A village that is
 * named twice (two stems alike) resolves to the first.
 */
export function villageResolver(villages: readonly VillageRef[]): VillageResolver {
  const byKey = new Map<string, VillageRef>()
  for (const village of villages) {
    if (!byKey.has(village.code)) byKey.set(village.code, village)
    const key = villageKey(village.name)
    if (!byKey.has(key)) byKey.set(key, village)
  }
  const cache = new Map<string, PlaceReading>()
  return {
    resolve(villageText, gridText) {
      const cacheKey = `${villageText}\u0000${gridText}`
      const cached = cache.get(cacheKey)
      if (cached) return cached
      const reading: PlaceReading = { villageId: '', gridId: '' }
      const village = villageText.trim() === '' ? undefined : byKey.get(villageKey(villageText))
      if (village) reading.villageId = village.id
      else if (villageText.trim() !== '') reading.unknownVillage = villageText.trim()
      if (village && gridText.trim() !== '') {
        const grid = village.grids.find((g) => gridKey(g.name) === gridKey(gridText))
        if (grid) reading.gridId = grid.id
        else reading.unknownGrid = gridText.trim()
      }
      cache.set(cacheKey, reading)
      return reading
    },
  }
}

const LEVELS = [
  /^(.+?(?:省|自治区|特别行政区)|北京市|天津市|上海市|重庆市)/,
  /^(.+?(?:自治州|地区|盟|市|州))/,
  /^(.+?(?:自治县|自治旗|县|区|市|旗))/,
  /^(.+?(?:镇|乡|街道|苏木))/,
] as const

/**
 * Splits `湖北省武汉市江汉区` into province, city and county (and a township, and what is left as the village)
 * by the suffixes of Chinese place names. A municipality stands for province and city (`上海市浦东新区`). Text
 * a level does not name goes to the level after the last one named (`湖北省武汉` → city 武汉); text without any
 * suffix (`武汉`, `泰国`) is kept whole as the province, so nothing is lost.
 */
export function splitOrigin(text: string): Origin {
  const origin: Origin = { province: '', city: '', county: '', township: '', village: '', areaCode: '' }
  let rest = compact(text)
  const keys = ['province', 'city', 'county', 'township'] as const
  keys.forEach((key, level) => {
    if (key === 'city' && /^(北京|天津|上海|重庆)市$/.test(origin.province)) return
    const match = LEVELS[level].exec(rest)
    // A level that would take all that is left is placed below, by its suffix.
    if (!match || match[1] === rest) return
    origin[key] = match[1]
    rest = rest.slice(match[1].length)
  })
  if (rest !== '') {
    const filled = keys.findLastIndex((key) => origin[key] !== '')
    const bySuffix = keys.findIndex((_key, level) => level > filled && LEVELS[level].exec(rest)?.[1] === rest)
    const level = bySuffix >= 0 ? bySuffix : filled + 1
    if (level < keys.length) origin[keys[level]] = rest
    else origin.village = rest
  }
  return origin
}

/** An origin from a whole-text cell (split by {@link splitOrigin}) and level cells, which win where filled. */
export function originOfCells(text: string, levels: Pick<Origin, 'province' | 'city' | 'county' | 'township'>): Origin {
  const origin = splitOrigin(text)
  for (const [level, value] of Object.entries(levels) as [keyof typeof levels, string][])
    if (value !== '') origin[level] = value
  return origin
}

/** The importer's view of the township's villages: id, name, code and grids. */
export function villageRefsOf(
  villages: readonly { id: string; name: string; code: string; grids: readonly { id: string; name: string }[] }[],
): VillageRef[] {
  return villages.map(({ id, name, code, grids }) => ({
    id,
    name,
    code,
    grids: grids.map((g) => ({ id: g.id, name: g.name })),
  }))
}
