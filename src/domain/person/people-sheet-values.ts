import type { DocumentType, EpisodeKind, HealthCodeColour, RiskLevel, Sex, TestResult, Transport } from './person'
import type { DateFailure } from './dates'
import { readTemperature, isFever } from './temperature'
import { readYesNo, type YesNoPolarity } from './yes-no'

// One literal per code, so the message catalogue can be checked against the codes produced.
/** The problem a date cell that is no date gives, by reason. */
export const DATE_PROBLEMS: Record<Exclude<DateFailure, 'empty'>, { code: string }> = {
  format: { code: 'peopleImport.date.format' },
  invalidDate: { code: 'peopleImport.date.invalidDate' },
  outOfRange: { code: 'peopleImport.date.outOfRange' },
  ambiguous: { code: 'peopleImport.date.ambiguous' },
}

/** The warning a coded cell that names nothing known gives, by field: the row is imported without the value. */
export const UNKNOWN_VALUES = {
  sex: { code: 'peopleImport.value.sex' },
  documentType: { code: 'peopleImport.value.documentType' },
  kind: { code: 'peopleImport.value.kind' },
  originRisk: { code: 'peopleImport.value.originRisk' },
  healthCode: { code: 'peopleImport.value.healthCode' },
  nucleicAcidResult: { code: 'peopleImport.value.nucleicAcidResult' },
  fever: { code: 'peopleImport.value.fever' },
  temperature: { code: 'peopleImport.value.temperature' },
} as const

/** What a coded cell yielded: a value ('' / undefined-free), or the text that names none (to warn about). */
export type CodedReading<T> = { ok: true; value: T } | { ok: false; raw: string }

/** Trims, makes full-width characters half-width, removes inner spaces, upper-cases Latin letters. */
export function compactCell(raw: unknown): string {
  return String(raw ?? '')
    .normalize('NFKC')
    .replace(/\s/g, '')
    .toUpperCase()
}

/** Reads a cell by the first pattern that matches; a blank cell is `blank`, an unmatched one a failure. */
function coded<T>(raw: unknown, blank: T, patterns: readonly (readonly [RegExp, T])[]): CodedReading<T> {
  const text = compactCell(raw)
  if (text === '' || /^[-—–/]+$/.test(text)) return { ok: true, value: blank }
  for (const [pattern, value] of patterns) if (pattern.test(text)) return { ok: true, value }
  return { ok: false, raw: String(raw).trim() }
}

/** 性别: 男/女, M/F, male/female; 未知 and 不详 are unknown. */
export function readSex(raw: unknown): CodedReading<Sex> {
  return coded<Sex>(raw, 'unknown', [
    [/^(男|男性|M|MALE)$/, 'male'],
    [/^(女|女性|F|FEMALE)$/, 'female'],
    [/^(未知|不详|U)$/, 'unknown'],
  ])
}

/** 证件类型: 身份证, 港澳台居民居住证 (and 回乡证/台胞证), 护照, 外国人永久居留身份证, 无. */
export function readDocumentType(raw: unknown): CodedReading<DocumentType | undefined> {
  return coded<DocumentType | undefined>(raw, undefined, [
    [/永久居留/, 'foreign-permanent'],
    [/港澳|台湾|台胞|回乡证|居住证/, 'hmt-permit'],
    [/护照|PASSPORT/, 'passport'],
    [/身份证|^ID$/, 'resident-id'],
    [/^(无|没有|无证件)$/, 'none'],
  ])
}

/** 人员类别: 返乡, 外来, 入境, 密接, 次密接, 县级推送/协查. 次密 is tested before 密接, which it contains. */
export function readKind(raw: unknown): CodedReading<EpisodeKind | undefined> {
  return coded<EpisodeKind | undefined>(raw, undefined, [
    [/次密/, 'secondary-contact'],
    [/密接|密切接触/, 'close-contact'],
    [/入境|境外/, 'inbound'],
    [/外来|来.*人员|流入/, 'incoming'],
    [/推送|协查|大数据|县级/, 'county-list'],
    [/返乡|返回|返.*人员|回乡/, 'returnee'],
  ])
}

/** 风险等级 of the origin: 高/中/低风险, 无风险 (常态化), 未知. */
export function readRisk(raw: unknown): CodedReading<RiskLevel> {
  return coded<RiskLevel>(raw, 'unknown', [
    [/^高/, 'high'],
    [/^中/, 'medium'],
    [/^低/, 'low'],
    [/^(无|非|常态|否)/, 'none'],
    [/未知|不详/, 'unknown'],
  ])
}

const TRANSPORTS: readonly (readonly [RegExp, Transport])[] = [
  [/火车|高铁|动车|铁路|列车|TRAIN/, 'train'],
  [/飞机|航班|航空|FLIGHT/, 'flight'],
  [/自驾|私家车|小车|汽车|轿车|驾车|CAR/, 'car'],
  [/客车|大巴|长途|班车|公交|包车|BUS/, 'bus'],
  [/船|轮渡/, 'ship'],
]

/** 交通方式; any other word is `other`, never refused. Blank: guessed from the number (G1234, CA1234, 川A12345). */
export function readTransport(raw: unknown, number: string): Transport {
  const text = compactCell(raw)
  if (text === '') {
    if (/^[GDCZTKLYS]\d{1,4}$/.test(number)) return 'train'
    if (/^[A-Z\d]{2}\d{3,4}$/.test(number)) return 'flight'
    return /^\p{Script=Han}[A-Z][A-Z\d]{5,6}$/u.test(number) ? 'car' : ''
  }
  return TRANSPORTS.find(([pattern]) => pattern.test(text))?.[1] ?? 'other'
}

/** 健康码 colour as seen: 绿/黄/红 (码), green/yellow/red. */
export function readHealthCode(raw: unknown): CodedReading<HealthCodeColour> {
  return coded<HealthCodeColour>(raw, '', [
    [/^(绿|GREEN)/, 'green'],
    [/^(黄|YELLOW)/, 'yellow'],
    [/^(红|RED)/, 'red'],
  ])
}

/** 核酸 result: 阴性, 阳性, 待出/未出/检测中; `-` or `+` as on a lab slip. */
export function readTestResult(raw: unknown): CodedReading<TestResult> {
  const text = compactCell(raw)
  if (text === '+') return { ok: true, value: 'positive' }
  if (text === '-') return { ok: true, value: 'negative' }
  return coded<TestResult>(raw, '', [
    [/^(阴|NEGATIVE)/, 'negative'],
    [/^(阳|POSITIVE)/, 'positive'],
    [/^(待|未出|检测中|PENDING)/, 'pending'],
  ])
}

/** 症状 words a yes-cell stands for when the sheet only says 有 / √. */
export const SYMPTOMS_UNSPECIFIED = '有症状'
/** The symptom a fever adds. */
export const FEVER_SYMPTOM = '发热'

/**
 * The symptoms of a row: a symptoms cell (无/正常 → none; 有/√ → 有症状; else its words, split on 、,，;；/ and
 * spaces), plus 发热 when the fever cell says yes or the temperature is 37.3 ℃ or more (with the figure).
 * `temperature` is refused text (not a number, implausible) to warn about, or undefined.
 */
export function readSymptoms(
  cells: { symptoms: string; fever: string; temperature: string },
  polarity: YesNoPolarity,
): { symptoms: string[]; fever?: string; temperature?: string } {
  const symptoms: string[] = []
  const text = cells.symptoms.trim()
  const answer = readYesNo(text, polarity)
  if (answer === true) symptoms.push(SYMPTOMS_UNSPECIFIED)
  else if (answer === undefined && text !== '' && !/^(正常|无异常|良好|健康|-)$/.test(text))
    symptoms.push(...text.split(/[、,，;；/\s]+/).filter((word) => word !== ''))
  const fever = readYesNo(cells.fever, polarity)
  const result: { symptoms: string[]; fever?: string; temperature?: string } = { symptoms }
  if (fever === undefined && cells.fever.trim() !== '') result.fever = cells.fever.trim()
  const reading = readTemperature(cells.temperature)
  if (reading.ok && reading.celsius !== undefined && isFever(reading.celsius))
    symptoms.push(`${FEVER_SYMPTOM}（${reading.celsius.toFixed(1)}℃）`)
  else if (fever === true) symptoms.push(FEVER_SYMPTOM)
  if (!reading.ok && reading.reason !== 'empty') result.temperature = reading.raw
  const unique = [...new Set(symptoms)]
  // 发热 said twice (a symptoms cell and a fever cell) is one symptom.
  result.symptoms = unique.some((s) => s.startsWith(`${FEVER_SYMPTOM}（`))
    ? unique.filter((s) => s !== FEVER_SYMPTOM)
    : unique
  return result
}
