import type { Problem } from '../common/result'
import {
  NARRATIVE_FIELDS,
  NARRATIVE_MAX,
  type DailyReport,
  type ReportFigures,
  type ReportNarrative,
} from './daily-report'
import { asOfPhrase } from './bulletin'
import type { ReportPeriod } from './report-window'

/** Who acts on a report: the user, and whether their role grants the step. */
export interface ReportActor {
  id: string
  name: string
}

/** True when nothing new happened in the window: every figure that counts as news is zero. */
export function nothingNew(figures: ReportFigures): boolean {
  return figures.groups.every((g) => g.lines.every((l) => !l.news || l.value === 0))
}

/** The figures that rule out a zero report (label and value), for the message that refuses one. */
export function newsLines(figures: ReportFigures): string[] {
  return figures.groups.flatMap((g) => g.lines.filter((l) => l.news && l.value > 0).map((l) => `${l.label} ${l.value}`))
}

/** 零报告 in the usual wording: the window, the township, nothing new, 特此零报告. */
export function zeroReportWording(townshipName: string, period: ReportPeriod): string {
  return (
    `${asOfPhrase(period)}，${townshipName}无新增确诊病例、疑似病例和无症状感染者，` +
    `无新增密切接触者、次密切接触者，无新增发热病人和核酸检测阳性人员，无新增排查管控人员，` +
    `辖区疫情防控形势平稳。特此零报告。`
  )
}

/** Checks the narrative parts: each within {@link NARRATIVE_MAX} characters. */
export function narrativeProblems(narrative: ReportNarrative): Problem[] {
  return NARRATIVE_FIELDS.filter((f) => narrative[f].length > NARRATIVE_MAX).map((field) => ({
    field,
    code: 'report.tooLong',
    params: { max: NARRATIVE_MAX, length: narrative[field].length },
  }))
}

/** Why a report's content may not change now: submitted (frozen) or already signed by the clerk. */
export function editProblems(report: DailyReport): Problem[] {
  if (report.status === 'submitted')
    return [{ field: 'status', code: 'report.frozen', params: { version: report.version } }]
  if (report.preparedBy)
    return [{ field: 'status', code: 'report.signedLocked', params: { name: report.preparedBy.name } }]
  return []
}

/** Checks the clerk's signature: a draft, not yet signed, a summary written, a zero report only when nothing is new. */
export function signProblems(report: DailyReport): Problem[] {
  const locked = editProblems(report)
  if (locked.length) return locked
  const problems: Problem[] = []
  if (report.summary.trim() === '') problems.push({ field: 'summary', code: 'report.summaryRequired' })
  if (report.kind === 'zero' && !nothingNew(report.figures))
    problems.push({ field: 'kind', code: 'report.notZero', params: { figures: newsLines(report.figures).join('、') } })
  if (report.amends !== undefined && (report.amendReason ?? '').trim() === '')
    problems.push({ field: 'amendReason', code: 'report.amendReason' })
  return problems
}

/** Checks the reviewer's confirmation 审核: signed by the clerk, not yet reviewed, by someone else. */
export function reviewProblems(report: DailyReport, actor: ReportActor): Problem[] {
  if (report.status === 'submitted')
    return [{ field: 'status', code: 'report.frozen', params: { version: report.version } }]
  if (!report.preparedBy) return [{ field: 'status', code: 'report.notSigned' }]
  if (report.reviewedBy)
    return [{ field: 'status', code: 'report.alreadyReviewed', params: { name: report.reviewedBy.name } }]
  if (report.preparedBy.userId === actor.id) return [{ field: 'reviewedBy', code: 'report.selfReview' }]
  return []
}

/** Checks the leader on duty's confirmation 签发: reviewed, not yet confirmed, by neither the clerk nor the reviewer. */
export function approveProblems(report: DailyReport, actor: ReportActor): Problem[] {
  if (report.status === 'submitted')
    return [{ field: 'status', code: 'report.frozen', params: { version: report.version } }]
  if (!report.reviewedBy) return [{ field: 'status', code: 'report.notReviewed' }]
  if (report.approvedBy)
    return [{ field: 'status', code: 'report.alreadyApproved', params: { name: report.approvedBy.name } }]
  if (report.preparedBy?.userId === actor.id || report.reviewedBy.userId === actor.id)
    return [{ field: 'approvedBy', code: 'report.selfApprove' }]
  return []
}

/** Checks submission 报送: all three signatures present, not yet submitted. */
export function submitProblems(report: DailyReport): Problem[] {
  if (report.status === 'submitted')
    return [{ field: 'status', code: 'report.frozen', params: { version: report.version } }]
  const problems: Problem[] = []
  if (!report.preparedBy) problems.push({ field: 'preparedBy', code: 'report.notSigned' })
  if (!report.reviewedBy) problems.push({ field: 'reviewedBy', code: 'report.notReviewed' })
  if (!report.approvedBy) problems.push({ field: 'approvedBy', code: 'report.notApproved' })
  return problems
}

/** Checks an amendment 更正: of the newest version, once submitted, with a reason. */
export function amendProblems(report: DailyReport, newestVersion: number, reason: string): Problem[] {
  if (report.status !== 'submitted') return [{ field: 'status', code: 'report.notSubmitted' }]
  if (report.version !== newestVersion)
    return [{ field: 'version', code: 'report.notNewest', params: { version: newestVersion } }]
  if (reason.trim() === '') return [{ field: 'amendReason', code: 'report.amendReason' }]
  return []
}

/** Withdrawing the clerk's signature (to edit again) is possible until the report is submitted; it clears the confirmations. */
export function unsignProblems(report: DailyReport): Problem[] {
  if (report.status === 'submitted')
    return [{ field: 'status', code: 'report.frozen', params: { version: report.version } }]
  if (!report.preparedBy) return [{ field: 'status', code: 'report.notSigned' }]
  return []
}
