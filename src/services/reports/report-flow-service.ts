import type { Role } from '@/domain/accounts/roles'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError, type Problem } from '@/domain/common/result'
import type { DailyReport } from '@/domain/reports/daily-report'
import {
  amendProblems,
  approveProblems,
  reviewProblems,
  signProblems,
  submitProblems,
  unsignProblems,
} from '@/domain/reports/report-rules'
import type { CommandPostDatabase } from '@/db/database'
import { changeReport, createReport, getReport, reportVersions } from '@/db/repositories/report-repository'
import { requireReportPermission } from './report-service'

function refuse(problems: Problem[]): void {
  if (problems.length) throw new ValidationError(problems)
}

/** 填报人签字: the clerk signs the content, which locks it until the signature is withdrawn. */
export async function signReport(db: CommandPostDatabase, actor: Actor, role: Role, id: string): Promise<DailyReport> {
  requireReportPermission(role, 'reports.write')
  return changeReport(db, actor, id, 'sign', (before, now) => {
    refuse(signProblems(before))
    return { ...before, preparedBy: { userId: actor.id, name: actor.name, at: now } }
  })
}

/** Withdraws the clerk's signature to edit again; the reviewer's and the leader's confirmations go with it. */
export async function unsignReport(
  db: CommandPostDatabase,
  actor: Actor,
  role: Role,
  id: string,
): Promise<DailyReport> {
  requireReportPermission(role, 'reports.write')
  return changeReport(db, actor, id, 'unsign', (before) => {
    refuse(unsignProblems(before))
    const { preparedBy: _p, reviewedBy: _r, approvedBy: _a, ...rest } = before
    return rest
  })
}

/** 审核: the reviewer confirms the signed report (not the clerk who signed it). */
export async function reviewReport(
  db: CommandPostDatabase,
  actor: Actor,
  role: Role,
  id: string,
): Promise<DailyReport> {
  requireReportPermission(role, 'reports.review')
  return changeReport(db, actor, id, 'review', (before, now) => {
    refuse(reviewProblems(before, actor))
    return { ...before, reviewedBy: { userId: actor.id, name: actor.name, at: now } }
  })
}

/** 签发: the leader on duty confirms the reviewed report (neither the clerk nor the reviewer). */
export async function approveReport(
  db: CommandPostDatabase,
  actor: Actor,
  role: Role,
  id: string,
): Promise<DailyReport> {
  requireReportPermission(role, 'reports.approve')
  return changeReport(db, actor, id, 'approve', (before, now) => {
    refuse(approveProblems(before, actor))
    return { ...before, approvedBy: { userId: actor.id, name: actor.name, at: now } }
  })
}

/** 报送: submits a report with all three signatures; from now on it is frozen. */
export async function submitReport(
  db: CommandPostDatabase,
  actor: Actor,
  role: Role,
  id: string,
): Promise<DailyReport> {
  requireReportPermission(role, 'reports.write')
  return changeReport(db, actor, id, 'submit', (before, now) => {
    refuse(submitProblems(before))
    return { ...before, status: 'submitted', submittedAt: now, submittedBy: actor.id }
  })
}

/**
 * 更正: starts an amendment of a submitted report — a new version, a draft copy of the newest one with the reason,
 * without its signatures. The submitted versions stay exactly as they were.
 */
export async function amendReport(
  db: CommandPostDatabase,
  actor: Actor,
  role: Role,
  id: string,
  reason: string,
): Promise<DailyReport> {
  requireReportPermission(role, 'reports.write')
  const original = await getReport(db, id)
  if (!original) throw new ValidationError([{ field: 'id', code: 'notFound' }])
  const versions = await reportVersions(db, original.reportDate)
  refuse(amendProblems(original, versions.at(-1)?.version ?? original.version, reason))
  const {
    id: _id,
    createdAt: _c,
    createdBy: _cb,
    updatedAt: _u,
    updatedBy: _ub,
    preparedBy: _p,
    reviewedBy: _r,
    approvedBy: _a,
    submittedAt: _s,
    submittedBy: _sb,
    ...content
  } = original
  return createReport(
    db,
    actor,
    { ...content, version: original.version + 1, amends: original.id, amendReason: reason.trim(), status: 'draft' },
    'amend',
    `${original.reportDate} 第${original.version + 1}版（更正）：${reason.trim()}`,
  )
}
