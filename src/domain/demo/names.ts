import type { VillageKind } from '../township/village'
import type { Random } from './random'

/** A person's sex, as the 18-digit ID number encodes it (odd sequence = male). */
export type Sex = 'male' | 'female'

/** What shapes a generated given name: sex and birth year (names follow fashions by decade). */
export interface NameOptions {
  /** Random 50/50 when absent. */
  sex?: Sex
  /** Picks the era's character list; a working-age adult (1970s–1990s) when absent. */
  birthYear?: number
}

/**
 * The 100 most common surnames, in tiers of roughly equal frequency. Weights approximate each one's share of
 * the population in per mille (together ~84%, as published surname statistics report for the top 100), so 王
 * comes up about 70 times as often as 汤.
 */
const SURNAME_TIERS: readonly (readonly [number, string])[] = [
  [70, '王李张'],
  [54, '刘'],
  [46, '陈'],
  [31, '杨'],
  [26, '黄'],
  [23, '赵'],
  [20, '吴周'],
  [15, '徐孙'],
  [13, '马朱胡'],
  [12, '郭何'],
  [11, '高林'],
  [10, '罗'],
  [9, '郑梁'],
  [8, '谢宋唐'],
  [7, '许韩冯邓'],
  [6, '曹彭曾肖'],
  [5, '田董袁潘于蒋蔡余杜'],
  [4, '叶程苏魏吕丁任沈'],
  [3, '姚卢姜崔钟谭陆汪范金石廖贾夏韦付方'],
  [2, '白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴'],
  [1, '莫孔向汤'],
]

const WEIGHTED_SURNAMES: readonly (readonly [string, number])[] = SURNAME_TIERS.flatMap(([weight, chars]) =>
  [...chars].map((c) => [c, weight] as const),
)

/** Every surname the generator can produce, most frequent first. */
export const SURNAMES: readonly string[] = WEIGHTED_SURNAMES.map(([c]) => c)

type Era = 'before1970' | 'before2000' | 'since2000'

/**
 * Given names by era and sex: single characters, and whole two-character names as people of that era were
 * really named (建国 and 秀英 before 1970, 志强 and 丽娟 before 2000, 子轩 and 欣怡 since). Whole names read far
 * more naturally than two characters drawn independently.
 */
const GIVEN_NAMES: Record<Era, Record<Sex, { single: string; double: string }>> = {
  before1970: {
    male: {
      single: '军明华林海忠平成山富贵福强刚胜',
      double:
        '建国 建华 国强 国华 志强 志明 德明 福生 海林 明华 金山 卫东 建军 光明 德胜 成林 永福 长春 振华 学文 树林 玉明 朝阳 正华',
    },
    female: {
      single: '英兰芳珍凤琴梅莲翠云霞萍',
      double:
        '秀英 桂英 秀兰 玉兰 桂兰 凤英 秀珍 玉珍 淑珍 翠华 春梅 玉梅 秀芳 桂芳 素珍 淑华 美兰 凤琴 桂珍 秀云 翠兰 玉芬 菊花 春兰',
    },
  },
  before2000: {
    male: {
      single: '伟强磊勇军杰涛斌超波辉鹏刚峰健亮东林宇浩',
      double:
        '志强 海涛 建伟 俊杰 晓东 文斌 永刚 小龙 伟东 红军 国庆 建平 海波 志勇 晓峰 文军 小军 建林 俊峰 明亮 家伟 春林 德勇 超群',
    },
    female: {
      single: '丽静敏燕艳娟霞婷玲娜雪红慧琳洁颖芳萍倩',
      double:
        '丽娟 晓燕 海燕 秀梅 丽华 春燕 红梅 晓丽 雪梅 丽萍 小红 艳红 婷婷 丹丹 小燕 玉婷 晓梅 春花 美玲 丽君 海霞 晓琴 佳丽 雪莲',
    },
  },
  since2000: {
    male: {
      single: '浩宇轩睿博俊航泽豪然皓铭宸阳杰',
      double:
        '浩然 子轩 宇轩 梓轩 浩宇 俊熙 一鸣 博文 宇航 睿泽 晨阳 皓轩 梓睿 铭宸 奕辰 子豪 俊杰 思远 天佑 嘉豪 宇辰 泽宇 家乐 明轩',
    },
    female: {
      single: '欣怡涵萱琪悦馨彤妍晴',
      double:
        '欣怡 子涵 梓涵 雨涵 诗涵 梦瑶 思琪 佳怡 可馨 一诺 语桐 若汐 雨欣 欣妍 梓萱 紫涵 诗琪 梦琪 雨萱 佳琪 依诺 语嫣 可欣 思涵',
    },
  },
}

/** Share of one-character given names: common in the 1980s–90s, rare since. */
const SINGLE_CHAR_SHARE: Record<Era, number> = { before1970: 0.2, before2000: 0.35, since2000: 0.1 }

function eraOf(birthYear: number | undefined): Era {
  if (birthYear === undefined) return 'before2000'
  if (birthYear < 1970) return 'before1970'
  return birthYear < 2000 ? 'before2000' : 'since2000'
}

/** A surname, drawn by real-world frequency. Households share one: draw it once and reuse it. */
export function surname(random: Random): string {
  return random.weighted(WEIGHTED_SURNAMES)
}

/** A given name of one or two characters, from the era's names for the sex. */
export function givenName(random: Random, options: NameOptions = {}): string {
  const sex = options.sex ?? (random.chance(0.5) ? 'male' : 'female')
  const era = eraOf(options.birthYear)
  const names = GIVEN_NAMES[era][sex]
  return random.chance(SINGLE_CHAR_SHARE[era]) ? random.pick([...names.single]) : random.pick(names.double.split(' '))
}

/** A full name: surname + given name, avoiding a given name that repeats the surname (林林, 王王). */
export function personName(random: Random, options: NameOptions = {}): string {
  const family = surname(random)
  let given = givenName(random, options)
  for (let tries = 0; tries < 10 && given.includes(family); tries++) given = givenName(random, options)
  return family + given
}

/**
 * Mobile prefixes in use, `[first two digits, third digits, weight]`. 13x/15x/18x dominate among the
 * middle-aged cadres and villagers the demo shows; 17x/19x are newer.
 */
const MOBILE_FAMILIES: readonly (readonly [string, string, number])[] = [
  ['13', '0123456789', 35],
  ['15', '012356789', 25],
  ['18', '0123456789', 25],
  ['17', '35678', 8],
  ['19', '13589', 7],
]

/** An 11-digit mobile number matching `^1[3-9]\d{9}$`, with a prefix really issued in mainland China. */
export function mobileNumber(random: Random): string {
  const [head, thirds] = random.weighted(MOBILE_FAMILIES.map((f) => [f, f[2]] as const))
  let rest = ''
  for (let i = 0; i < 8; i++) rest += String(random.int(0, 9))
  return head + random.pick([...thirds]) + rest
}

/** Stems of village names as found all over Sichuan and the south-west; disjoint from the community stems. */
const VILLAGE_STEMS =
  '青龙 石桥 白马 新民 金鸡 凤凰 双河 柏树 红星 三合 永安 太平 长林 狮子 龙泉 桂花 黄桷 团结 光明 胜利 先锋 和平 ' +
  '大堰 马鞍 观音 清水 玉皇 天池 白鹤 莲花 桃园 杨柳 高峰 新桥 龙井 水井 梨树 竹林 花园 兴隆 五一 联合 金星 民主 ' +
  '前进 茶园 铜鼓 齐心'

/** Stems of urban community names at a town seat. */
const COMMUNITY_STEMS = '城南 城北 城东 城西 滨河 新华 正街 南街 东街 文化 人民 幸福 和谐 锦绣 学府 新城 桥东 车站'

/** Village stems available to `villageNames`. */
export const VILLAGE_NAME_STEMS: readonly string[] = VILLAGE_STEMS.split(' ')
/** Community stems available to `communityNames`. */
export const COMMUNITY_NAME_STEMS: readonly string[] = COMMUNITY_STEMS.split(' ')

/** `count` distinct village names (`青龙村`…), in random order; throws past the size of the list. */
export function villageNames(random: Random, count: number): string[] {
  return random.sample(VILLAGE_NAME_STEMS, count).map((stem) => `${stem}村`)
}

/** `count` distinct community names (`城南社区`…), in random order; throws past the size of the list. */
export function communityNames(random: Random, count: number): string[] {
  return random.sample(COMMUNITY_NAME_STEMS, count).map((stem) => `${stem}社区`)
}

const DIGITS = '零一二三四五六七八九'

/** A whole number 1–99 in Chinese numerals: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`chineseNumeral(${n})`)
  if (n < 10) return DIGITS[n]
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`
}

/** The n-th grid's usual name: 村民小组 `一组`, `二组`… in a village; `第一网格`… in a community. */
export function gridName(kind: VillageKind, n: number): string {
  return kind === 'village' ? `${chineseNumeral(n)}组` : `第${chineseNumeral(n)}网格`
}
