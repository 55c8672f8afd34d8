import type { Instant } from '../common/entity'
import type { FigureGroup, FigureLine, ReportFigures } from './daily-report'

/** How the report prints one shared figure: its group, words, unit, and whether a non-zero value is news. */
interface LineSpec {
  group: string
  label: string
  unit: string
  news: boolean
}

/** The report's groups, in bulletin order. */
const GROUPS: readonly { key: string; title: string }[] = [
  { key: 'screening', title: '人员排查' },
  { key: 'control', title: '管控情况（统计时段末在管）' },
  { key: 'health', title: '健康监测与核酸检测' },
  { key: 'county', title: '上级推送名单核查' },
  { key: 'supplies', title: '防疫物资' },
  { key: 'command', title: '交办督办与涉疫事件' },
]

/**
 * The wording of each shared township figure (docs/figures.md, `FigureKey`) in the bulletin. News: new registrations of any
 * category, fevers, positives and an incident still running rule out a zero report; levels (people under control,
 * cumulative screenings, list progress, open orders), releases and orders issued or closed do not.
 */
export const REPORT_LINES: Readonly<Record<string, LineSpec>> = {
  'registrations.total': { group: 'screening', label: '新增排查登记', unit: '人', news: true },
  'registrations.returnee': { group: 'screening', label: '其中外出返乡', unit: '人', news: true },
  'registrations.incoming': { group: 'screening', label: '外来人员', unit: '人', news: true },
  'registrations.inbound': { group: 'screening', label: '入境人员', unit: '人', news: true },
  'registrations.close-contact': { group: 'screening', label: '密切接触者', unit: '人', news: true },
  'registrations.secondary-contact': { group: 'screening', label: '次密切接触者', unit: '人', news: true },
  'registrations.county-list': { group: 'screening', label: '上级推送名单人员', unit: '人', news: true },
  'screened.total': { group: 'screening', label: '累计排查', unit: '人', news: false },
  'screened.returnee': { group: 'screening', label: '其中外出返乡', unit: '人', news: false },
  'screened.incoming': { group: 'screening', label: '外来人员', unit: '人', news: false },
  'screened.inbound': { group: 'screening', label: '入境人员', unit: '人', news: false },
  'screened.close-contact': { group: 'screening', label: '密切接触者', unit: '人', news: false },
  'screened.secondary-contact': { group: 'screening', label: '次密切接触者', unit: '人', news: false },
  'screened.county-list': { group: 'screening', label: '上级推送名单人员', unit: '人', news: false },
  'underControl.total': { group: 'control', label: '在管', unit: '人', news: false },
  'underControl.centralized': { group: 'control', label: '其中集中隔离', unit: '人', news: false },
  'underControl.home-quarantine': { group: 'control', label: '居家隔离', unit: '人', news: false },
  'underControl.home-monitoring': { group: 'control', label: '居家健康监测', unit: '人', news: false },
  'underControl.self-monitoring': { group: 'control', label: '自我健康监测', unit: '人', news: false },
  'underControl.hospital': { group: 'control', label: '转院治疗', unit: '人', news: false },
  releases: { group: 'control', label: '统计时段内解除管控', unit: '人', news: false },
  fevers: { group: 'health', label: '发现发热（≥37.3℃）', unit: '人次', news: true },
  'tests.due': { group: 'health', label: '应检', unit: '人次', news: false },
  'tests.done': { group: 'health', label: '已采样', unit: '人次', news: false },
  'tests.positive': { group: 'health', label: '阳性', unit: '人', news: true },
  'tests.overdue': { group: 'health', label: '逾期未检', unit: '人次', news: false },
  'countyList.total': { group: 'county', label: '推送名单共', unit: '条', news: false },
  'countyList.verified': { group: 'county', label: '已核查', unit: '条', news: false },
  'countyList.unverified': { group: 'county', label: '待核查', unit: '条', news: false },
  'supplies.belowReserve': { group: 'supplies', label: '低于储备下限的物资', unit: '种', news: false },
  'orders.opened': { group: 'command', label: '统计时段内新交办', unit: '件', news: false },
  'orders.closed': { group: 'command', label: '办结', unit: '件', news: false },
  'orders.open': { group: 'command', label: '未办结交办', unit: '件', news: false },
  'orders.overdue': { group: 'command', label: '其中超期', unit: '件', news: false },
  'incidents.active': { group: 'command', label: '处置中的涉疫事件', unit: '起', news: true },
}

/** The columns of the table by village, in order. */
export const VILLAGE_COLUMNS: readonly string[] = [
  'registrations.total',
  'underControl.total',
  'releases',
  'fevers',
  'tests.due',
  'tests.done',
  'tests.positive',
  'countyList.unverified',
]

/** Short column titles of the table by village. */
const COLUMN_LABELS: Readonly<Record<string, string>> = {
  'registrations.total': '新增排查',
  'underControl.total': '在管',
  releases: '解除',
  fevers: '发热',
  'tests.due': '应检',
  'tests.done': '已采样',
  'tests.positive': '阳性',
  'countyList.unverified': '名单待核查',
}

/** A figure value as the shared definitions give it. */
export interface SharedFigure {
  value: number
}

/** One village's shared figures, with its name. */
export interface SharedVillageFigures {
  villageId: string
  villageName: string
  figures: Readonly<Record<string, SharedFigure>>
}

/**
 * The report's figures from the shared township and village figures: each figure the report knows is worded
 * and grouped (a figure the shared definitions do not have is left out, never computed here).
 */
export function toReportFigures(
  township: Readonly<Record<string, SharedFigure>>,
  villages: readonly SharedVillageFigures[],
  computedAt: Instant,
): ReportFigures {
  const groups: FigureGroup[] = GROUPS.map((g) => ({ ...g, lines: [] as FigureLine[] }))
  for (const [key, spec] of Object.entries(REPORT_LINES)) {
    const figure = township[key]
    if (!figure) continue
    groups
      .find((g) => g.key === spec.group)!
      .lines.push({ key, label: spec.label, value: figure.value, unit: spec.unit, news: spec.news })
  }
  const columns = VILLAGE_COLUMNS.filter((key) => villages.some((v) => v.figures[key]))
  return {
    groups: groups.filter((g) => g.lines.length > 0),
    villageColumns: columns.map((key) => ({ key, label: COLUMN_LABELS[key] })),
    villages: villages.map((v) => ({
      villageId: v.villageId,
      villageName: v.villageName,
      values: Object.fromEntries(columns.map((key) => [key, v.figures[key]?.value ?? 0])),
    })),
    computedAt,
  }
}
