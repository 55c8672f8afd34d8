import type { DocumentType, EpisodeKind, HealthCodeColour, Sex, TestResult, Transport } from '@/domain/person/person'

// The words clerks and village sheets use for each value, compared after cellWord(). A blank cell is not
// looked up: the reader's caller applies the column's default.
const DOCUMENT_TYPES: Record<DocumentType, string[]> = {
  'resident-id': ['身份证', '居民身份证', '二代身份证', '二代证', '身份证号'],
  'hmt-permit': ['港澳台居民居住证', '港澳台居住证', '居住证', '港澳居民居住证', '台湾居民居住证'],
  passport: ['护照', 'passport'],
  'foreign-permanent': ['外国人永久居留身份证', '外国人永久居留证', '永久居留证', '永居证', '绿卡'],
  none: ['无证件', '无', '没有', '暂无'],
}
const SEXES: Record<Exclude<Sex, 'unknown'>, string[]> = {
  male: ['男', '男性', 'm', 'male'],
  female: ['女', '女性', 'f', 'female'],
}
const KINDS: Record<EpisodeKind, string[]> = {
  returnee: ['外出返乡', '返乡', '返乡人员', '外出返乡人员', '返回'],
  incoming: ['外来', '外来人员', '外地来', '外地来人员'],
  inbound: ['入境', '入境人员', '境外', '境外返回', '境外入境'],
  'close-contact': ['密接', '密切接触者', '密切接触'],
  'secondary-contact': ['次密接', '次密切接触者', '密接的密接'],
  'county-list': ['县级推送名单', '县级推送', '推送名单', '协查', '协查名单', '大数据推送'],
}
const TRANSPORTS: Record<Exclude<Transport, ''>, string[]> = {
  train: ['火车', '高铁', '动车', '列车', '铁路'],
  flight: ['飞机', '航班', '民航'],
  car: ['自驾', '私家车', '小汽车', '自驾车', '驾车'],
  bus: ['客车', '大巴', '汽车', '长途汽车', '长途客车', '班车', '公交'],
  ship: ['轮船', '船', '客船'],
  other: ['其他', '其它'],
}
const HEALTH_CODES: Record<Exclude<HealthCodeColour, ''>, string[]> = {
  green: ['绿', '绿码', '绿色', 'green'],
  yellow: ['黄', '黄码', '黄色', 'yellow'],
  red: ['红', '红码', '红色', 'red'],
}
const TEST_RESULTS: Record<Exclude<TestResult, ''>, string[]> = {
  negative: ['阴性', '阴', '-', '（-）', 'negative', '未检出'],
  positive: ['阳性', '阳', '+', '（+）', 'positive', '检出'],
  pending: ['待出', '待出结果', '待检', '结果未出', '未出', 'pending'],
}

/** A cell reduced for lookup: half-width, lower-case, without spaces. */
export function cellWord(text: string): string {
  return text.normalize('NFKC').replace(/\s/g, '').toLowerCase()
}

function reader<T extends string>(table: Record<T, string[]>): (text: string) => T | undefined {
  const index = new Map<string, T>()
  for (const [value, words] of Object.entries(table) as [T, string[]][])
    for (const word of words) index.set(cellWord(word), value)
  return (text) => index.get(cellWord(text))
}

/** 证件类型 from its Chinese name (or a common short form); undefined when not recognised. */
export const readDocumentType = reader(DOCUMENT_TYPES)
/** 性别: 男 / 女 (also M / F); undefined when not recognised. */
export const readSex = reader(SEXES)
/** 人员类别: 外出返乡, 外来, 入境, 密接, 次密接, 县级推送名单 and their short forms. */
export const readKind = reader(KINDS)
/** 交通方式: 火车 (高铁, 动车), 飞机, 自驾, 客车 (大巴), 轮船, 其他. */
export const readTransport = reader(TRANSPORTS)
/** 健康码 colour: 绿 / 黄 / 红 (with or without 码). */
export const readHealthCode = reader(HEALTH_CODES)
/** 核酸结果: 阴性 / 阳性 / 待出 (also 阴, 阳, −, +); undefined when not recognised. */
export const readTestResult = reader(TEST_RESULTS)
