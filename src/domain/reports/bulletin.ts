import type { DailyReport, ReportFigures } from './daily-report'
import { bulletinTime, type ReportPeriod } from './report-window'

/** One numbered section of the bulletin: 一、…, with its paragraphs (or the table by village). */
export interface BulletinSection {
  heading: string
  paragraphs: string[]
  table?: { headers: string[]; rows: string[][] }
}

/** The bulletin as text, in the order it prints: what the .docx and the print page both lay out. */
export interface Bulletin {
  title: string
  /** 2026年11月29日 · 第 2 版（更正） */
  subtitle: string
  /** 更正说明 of an amendment. */
  amendNote?: string
  /** 截至X月X日X时…: the opening paragraph. */
  lead: string
  sections: BulletinSection[]
  signatures: string
  footer: string
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']
const SUB_NUMERALS = [
  '（一）',
  '（二）',
  '（三）',
  '（四）',
  '（五）',
  '（六）',
  '（七）',
  '（八）',
  '（九）',
  '（十）',
]

/** 截至11月29日11时（统计时段：11月28日11时至11月29日11时） */
export function asOfPhrase(period: Pick<ReportPeriod, 'from' | 'to'>): string {
  return `截至${bulletinTime(period.to)}（统计时段：${bulletinTime(period.from)}至${bulletinTime(period.to)}）`
}

/** The usual opening of a daily report: 截至…，XX镇…现将有关情况报告如下： */
export function dailyLead(townshipName: string, period: Pick<ReportPeriod, 'from' | 'to'>): string {
  return `${asOfPhrase(period)}，${townshipName}疫情防控各项工作有序开展，现将有关情况报告如下：`
}

/** Each figure group as one sentence: （一）人员排查：新增排查 3 人，累计排查 120 人。 */
export function figureSentences(figures: ReportFigures): string[] {
  return figures.groups
    .filter((g) => g.lines.length > 0)
    .map(
      (g, i) =>
        `${SUB_NUMERALS[i] ?? ''}${g.title}：${g.lines.map((l) => `${l.label}${l.value}${l.unit}`).join('，')}。`,
    )
}

/** The table by village with a 合计 row: 村（社区） then one column per figure. */
export function villageTable(figures: ReportFigures): { headers: string[]; rows: string[][] } {
  const columns = figures.villageColumns
  const rows = figures.villages.map((v) => [v.villageName, ...columns.map((c) => String(v.values[c.key] ?? 0))])
  const totals = columns.map((c) => String(figures.villages.reduce((s, v) => s + (v.values[c.key] ?? 0), 0)))
  return { headers: ['村（社区）', ...columns.map((c) => c.label)], rows: [...rows, ['合计', ...totals]] }
}

function paragraphsOf(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
}

function dateWords(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

/**
 * Lays a report out as the usual bulletin: title, date and version, the opening (截至X月X日X时…), then numbered
 * sections — 主要数据, 分村情况 (a table), 工作开展情况, 存在问题, 下步工作 — skipping empty narrative parts, and the
 * signatures. A zero report opens with its wording and keeps the figures and the table.
 */
export function buildBulletin(report: DailyReport): Bulletin {
  const isZero = report.kind === 'zero'
  const parts: { heading: string; paragraphs: string[]; table?: BulletinSection['table'] }[] = [
    { heading: '主要数据', paragraphs: figureSentences(report.figures) },
    { heading: '分村（社区）情况', paragraphs: [], table: villageTable(report.figures) },
    { heading: '工作开展情况', paragraphs: paragraphsOf(report.workDone) },
    { heading: '存在问题', paragraphs: paragraphsOf(report.problems) },
    { heading: '下步工作', paragraphs: paragraphsOf(report.nextSteps) },
  ]
  const sections = parts
    .filter((p) => p.table !== undefined || p.paragraphs.length > 0)
    .map((p, i) => ({ ...p, heading: `${NUMERALS[i] ?? i + 1}、${p.heading}` }))
  const sign = (label: string, s?: { name: string }) => `${label}：${s?.name ?? ''}`
  const version = report.version > 1 ? ` · 第 ${report.version} 版（更正）` : ''
  return {
    title: `${report.townshipName}疫情防控${isZero ? '零报告' : '工作日报'}`,
    subtitle: `${dateWords(report.reportDate)}${version}`,
    amendNote: report.amends ? `更正说明：${report.amendReason ?? ''}` : undefined,
    lead: report.summary.trim(),
    sections,
    signatures: [
      sign('填报人', report.preparedBy),
      sign('审核人', report.reviewedBy),
      sign('签发（带班领导）', report.approvedBy),
    ].join('　　'),
    footer: report.submittedAt ? `报送时间：${bulletinTime(report.submittedAt)}` : '未报送（草稿）',
  }
}
