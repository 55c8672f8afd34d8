import { readHeaderLabel } from '../common/sheet-header-rows'
import { normalizeHeader } from '../township/sheet-header'
import type { ImportMapping, PeopleSheetField } from './import-mapping'

// The header texts villages actually write, in normalised form (see headerKey): no spaces, brackets, slashes,
// stars or colons; lower case. `村（社区）` is `村社区`, `车次/航班` is `车次航班`.
const SYNONYMS: Record<PeopleSheetField, string[]> = {
  name: ['姓名', '名字', '人员姓名', '返乡人员姓名', '返乡人姓名', '被排查人姓名'],
  documentType: ['证件类型', '证件种类', '证件名称'],
  documentNumber: [
    '身份证号',
    '身份证号码',
    '证件号码',
    '证件号',
    '公民身份号码',
    '身份证',
    '居民身份证号码',
    '身份证件号码',
    '有效证件号码',
  ],
  sex: ['性别'],
  birthDate: ['出生日期', '出生年月日', '出生年月', '生日'],
  phones: ['联系电话', '手机号', '手机号码', '电话', '联系方式', '电话号码', '手机', '本人电话', '本人联系电话'],
  village: ['所属村', '村社区', '村组', '所在村', '所属村社区', '村居', '所属村居', '村名', '村', '社区', '所在村社区'],
  grid: ['网格', '组', '村民小组', '小组', '所属网格', '网格名称', '组别', '所在组'],
  household: ['户主', '户主姓名'],
  address: ['现住址', '详细地址', '住址', '现居住地址', '家庭住址', '现居住地', '居住地址', '家庭地址', '现住地址'],
  notes: ['备注', '说明', '备注说明'],
  kind: ['人员类别', '类型', '人员类型', '类别', '人员分类'],
  originText: ['从何地返回', '来源地', '来自何地', '出发地', '从何地来', '从何地返乡', '来源地区', '返回地', '省市县'],
  originProvince: ['省', '省份', '来源省', '省区市'],
  originCity: ['市', '地市', '来源市', '市州'],
  originCounty: ['县', '县区', '区县', '县市区', '来源县'],
  originTownship: ['乡镇', '乡镇街道', '街道'],
  originRisk: ['风险等级', '来源地风险等级', '风险区域等级', '来源地风险'],
  departureDate: ['出发时间', '离开时间', '出发日期', '离开日期'],
  arrivalDate: [
    '返回时间',
    '返乡日期',
    '抵达时间',
    '到达时间',
    '返乡时间',
    '返回日期',
    '抵达日期',
    '到达日期',
    '到家时间',
    '来本地时间',
  ],
  transport: ['交通方式', '交通工具', '出行方式', '返乡方式'],
  transportNumber: [
    '车次',
    '航班',
    '车牌号',
    '车次航班号',
    '车次航班',
    '航班号',
    '车牌',
    '车次航班车牌号',
    '车次车牌号',
  ],
  healthCode: ['健康码', '健康码颜色', '健康码状态'],
  nucleicAcidDate: ['核酸检测时间', '核酸日期', '核酸检测日期', '核酸采样时间', '采样时间', '采样日期'],
  nucleicAcidResult: ['核酸结果', '检测结果', '核酸检测结果'],
  symptoms: ['症状', '有无症状', '健康状况', '主要症状'],
  fever: ['是否发热', '发热', '有无发热'],
  temperature: ['体温', '体温°c', '体温度'],
  indexCase: ['关联病例', '关联确诊病例', '关联病例姓名', '接触病例', '密接对象'],
}

const FIELD_BY_KEY = new Map<string, PeopleSheetField>(
  (Object.entries(SYNONYMS) as [PeopleSheetField, string[]][]).flatMap(([field, keys]) =>
    keys.map((key) => [key, field] as [string, PeopleSheetField]),
  ),
)

/** Every field a column can feed, in the order the mapping screen offers them. */
export const PEOPLE_SHEET_FIELDS = Object.keys(SYNONYMS) as PeopleSheetField[]

/**
 * The key a header is remembered under: normalised as the village importer does (full-width to half-width, no
 * spaces, stars, colons or slashes, lower case), then without brackets, so `村（社区）` and `村(社区)` are one.
 */
export function headerKey(label: string): string {
  return normalizeHeader(label).replace(/[()[\]【】〔〕<>《》]/g, '')
}

function fieldOfOneLabel(label: string): PeopleSheetField | undefined {
  const normalised = normalizeHeader(label)
  const exact = FIELD_BY_KEY.get(headerKey(label))
  if (exact || normalised === '') return exact
  // A unit or remark in brackets at the end: 体温（℃）, 身份证号（18位）, 联系电话(本人).
  const withoutRemark = normalised.replace(/\([^()]*\)$/, '')
  return withoutRemark === normalised ? undefined : FIELD_BY_KEY.get(headerKey(withoutRemark))
}

/**
 * The field a header label names, if any: exact synonyms after normalising, so a title row (`2021年返乡人员登记表`)
 * names nothing. A two-row label (`从何地返回/省`) is read whole, then by its sub-header, then by its group.
 */
export function fieldOfHeader(label: string): PeopleSheetField | undefined {
  return readHeaderLabel(label, fieldOfOneLabel).column
}

/** A suggested mapping: header key → field, and the labels left without a field (shown as "not imported"). */
export interface SuggestedMapping {
  columns: Record<string, PeopleSheetField>
  unmapped: string[]
}

/**
 * Suggests a field for each header label: what the source's remembered mapping said for that header (its
 * choice not to import one included), else the synonym the label names. Labels repeat across sheets; each key
 * is suggested once.
 */
export function suggestMapping(
  labels: readonly string[],
  remembered?: Pick<ImportMapping, 'columns' | 'ignored'>,
): SuggestedMapping {
  const columns: Record<string, PeopleSheetField> = {}
  const unmapped: string[] = []
  const seen = new Set<string>()
  const ignored = new Set(remembered?.ignored ?? [])
  for (const label of labels) {
    const key = headerKey(label)
    if (key === '' || seen.has(key)) continue
    seen.add(key)
    const field = Object.hasOwn(remembered?.columns ?? {}, key)
      ? remembered?.columns[key]
      : ignored.has(key)
        ? undefined
        : fieldOfHeader(label)
    if (field) columns[key] = field
    else unmapped.push(label)
  }
  return { columns, unmapped }
}
