import type { Role } from '@/domain/accounts/roles'
import { can } from '@/domain/accounts/roles'
import type { Actor } from '@/domain/accounts/user'
import type { LocalDate } from '@/domain/common/entity'
import { ValidationError, type Problem } from '@/domain/common/result'
import { dailyLead } from '@/domain/reports/bulletin'
import type { DailyReport, ReportKind, ReportNarrative } from '@/domain/reports/daily-report'
import { problemsDraft, workDoneDraft } from '@/domain/reports/log-narrative'
import {
  editProblems,
  narrativeProblems,
  newsLines,
  nothingNew,
  zeroReportWording,
} from '@/domain/reports/report-rules'
import { reportPeriod, type ReportPeriod } from '@/domain/reports/report-window'
import type { CommandPostDatabase } from '@/db/database'
import { changeReport, createReport, reportVersions } from '@/db/repositories/report-repository'
import { getTownship } from '@/db/repositories/township-repository'
import { entriesBetween } from '../log/log-service'
import { openOrders } from '../log/order-service'
import type { ReportFigureSource } from './report-figures-source'

type ReportPermission = 'reports.write' | 'reports.review' | 'reports.approve'

const FORBIDDEN: Record<ReportPermission, Problem> = {
  'reports.write': { field: 'role', code: 'report.forbiddenWrite' },
  'reports.review': { field: 'role', code: 'report.forbiddenReview' },
  'reports.approve': { field: 'role', code: 'report.forbiddenApprove' },
}

/** Refuses a step the role does not grant, with a message naming the step. */
export function requireReportPermission(role: Role, permission: ReportPermission): void {
  if (!can(role, permission)) throw new ValidationError([FORBIDDEN[permission]])
}

/** The statistics window and deadline of the report due on `reportDate`, from the township settings. */
export async function periodOf(
  db: CommandPostDatabase,
  reportDate: LocalDate,
): Promise<ReportPeriod & { townshipName: string }> {
  const township = await getTownship(db)
  if (!township) throw new ValidationError([{ field: 'setup', code: 'notSetUp' }])
  return { ...reportPeriod(reportDate, township.reportWindow), townshipName: township.name }
}

/** The newest version of a day's report, if one was started. */
export async function currentReport(db: CommandPostDatabase, reportDate: LocalDate): Promise<DailyReport | undefined> {
  return (await reportVersions(db, reportDate)).at(-1)
}

/**
 * Opens the day's report: its newest version when one exists, else a new draft pre-filled from the registers
 * (the figure source) and the window's log (work done, problems, overdue orders). When nothing new happened the
 * draft is a zero report in the usual wording.
 */
export async function openReport(
  db: CommandPostDatabase,
  actor: Actor,
  role: Role,
  reportDate: LocalDate,
  figuresOf: ReportFigureSource,
): Promise<DailyReport> {
  const existing = await currentReport(db, reportDate)
  if (existing) return existing
  requireReportPermission(role, 'reports.write')
  const period = await periodOf(db, reportDate)
  const now = Date.now()
  // Everything is read before the write transaction opens: the figure source may run many queries.
  const [figures, entries, orders] = await Promise.all([
    figuresOf(db, period, now),
    entriesBetween(db, period.from, period.to),
    openOrders(db),
  ])
  const kind: ReportKind = nothingNew(figures) ? 'zero' : 'daily'
  return createReport(
    db,
    actor,
    {
      reportDate,
      version: 1,
      kind,
      status: 'draft',
      townshipName: period.townshipName,
      windowFrom: period.from,
      windowTo: period.to,
      deadline: period.deadline,
      figures,
      summary:
        kind === 'zero' ? zeroReportWording(period.townshipName, period) : dailyLead(period.townshipName, period),
      workDone: workDoneDraft(entries),
      problems: problemsDraft(entries, orders, period.to),
      nextSteps: '',
    },
    'create',
    `${reportDate} ${kind === 'zero' ? '零报告' : '日报'}`,
  )
}

/** Recomputes a draft's figures from the registers (before the clerk signs); the narrative is left as written. */
export async function refreshFigures(
  db: CommandPostDatabase,
  actor: Actor,
  role: Role,
  id: string,
  figuresOf: ReportFigureSource,
): Promise<DailyReport> {
  requireReportPermission(role, 'reports.write')
  const draft = await db.reports.get(id)
  if (!draft) throw new ValidationError([{ field: 'id', code: 'notFound' }])
  const figures = await figuresOf(
    db,
    { reportDate: draft.reportDate, from: draft.windowFrom, to: draft.windowTo, deadline: draft.deadline },
    Date.now(),
  )
  return changeReport(db, actor, id, 'update', (before) => {
    const locked = editProblems(before)
    if (locked.length) throw new ValidationError(locked)
    return { ...before, figures }
  })
}

/** Saves the narrative parts the clerk edited; refused once signed or submitted, or when a part is too long. */
export async function saveNarrative(
  db: CommandPostDatabase,
  actor: Actor,
  role: Role,
  id: string,
  narrative: ReportNarrative,
): Promise<DailyReport> {
  requireReportPermission(role, 'reports.write')
  const text: ReportNarrative = {
    summary: narrative.summary.trim(),
    workDone: narrative.workDone.trim(),
    problems: narrative.problems.trim(),
    nextSteps: narrative.nextSteps.trim(),
  }
  const problems = narrativeProblems(text)
  if (problems.length) throw new ValidationError(problems)
  return changeReport(db, actor, id, 'update', (before) => {
    const locked = editProblems(before)
    if (locked.length) throw new ValidationError(locked)
    return { ...before, ...text }
  })
}

/**
 * Turns a draft into a zero report (its summary becomes the usual wording) or back into a daily report (the usual
 * opening). A zero report is refused when a figure shows something new, naming the figures.
 */
export async function switchKind(
  db: CommandPostDatabase,
  actor: Actor,
  role: Role,
  id: string,
  kind: ReportKind,
): Promise<DailyReport> {
  requireReportPermission(role, 'reports.write')
  return changeReport(db, actor, id, 'update', (before) => {
    const locked = editProblems(before)
    if (locked.length) throw new ValidationError(locked)
    if (kind === 'zero' && !nothingNew(before.figures))
      throw new ValidationError([
        { field: 'kind', code: 'report.notZero', params: { figures: newsLines(before.figures).join('、') } },
      ])
    const period = {
      from: before.windowFrom,
      to: before.windowTo,
      deadline: before.deadline,
      reportDate: before.reportDate,
    }
    const summary =
      kind === 'zero' ? zeroReportWording(before.townshipName, period) : dailyLead(before.townshipName, period)
    return { ...before, kind, summary }
  })
}
