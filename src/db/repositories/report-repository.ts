import type { Actor } from '@/domain/accounts/user'
import type { AuditAction } from '@/domain/audit/audit-entry'
import { diffFields } from '@/domain/audit/audit-entry'
import type { LocalDate } from '@/domain/common/entity'
import { newId } from '@/domain/common/ids'
import { ValidationError } from '@/domain/common/result'
import type { DailyReport } from '@/domain/reports/daily-report'
import type { CommandPostDatabase } from '../database'
import { note, writeWithAudit } from '../write'

/** A report as the service builds it; the repository adds id and stamps. */
export type NewReport = Omit<DailyReport, 'id' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy'>

/** One report by id. */
export function getReport(db: CommandPostDatabase, id: string): Promise<DailyReport | undefined> {
  return db.reports.get(id)
}

/** Every version of a day's report, oldest first (version 1 is the original). */
export async function reportVersions(db: CommandPostDatabase, reportDate: LocalDate): Promise<DailyReport[]> {
  const rows = await db.reports.where('reportDate').equals(reportDate).toArray()
  return rows.sort((a, b) => a.version - b.version)
}

/** The newest version of each day's report, newest day first; `limit` days. */
export async function recentReports(db: CommandPostDatabase, limit: number): Promise<DailyReport[]> {
  const newest = new Map<string, DailyReport>()
  // Each day has a handful of versions at most: reading a few times `limit` rows covers `limit` days.
  await db.reports
    .orderBy('reportDate')
    .reverse()
    .until(() => newest.size > limit)
    .each((r) => {
      const known = newest.get(r.reportDate)
      if (!known || known.version < r.version) newest.set(r.reportDate, r)
    })
  return [...newest.values()].sort((a, b) => b.reportDate.localeCompare(a.reportDate)).slice(0, limit)
}

/** Every submitted version of the reports dated `from`..`to` (inclusive), by day then version. */
export async function submittedReportsBetween(
  db: CommandPostDatabase,
  from: LocalDate,
  to: LocalDate,
): Promise<DailyReport[]> {
  const rows = await db.reports.where('reportDate').between(from, to, true, true).toArray()
  return rows
    .filter((r) => r.status === 'submitted')
    .sort((a, b) => a.reportDate.localeCompare(b.reportDate) || a.version - b.version)
}

/**
 * Adds a report (a day's first version, or an amendment). The unique [reportDate+version] index refuses a second
 * copy of the same version, so two clerks opening the same day at once cannot both create one.
 */
export function createReport(
  db: CommandPostDatabase,
  actor: Actor,
  input: NewReport,
  action: AuditAction,
  summary: string,
): Promise<DailyReport> {
  return writeWithAudit(db, actor, [db.reports], async (ctx) => {
    const taken = await db.reports.where('[reportDate+version]').equals([input.reportDate, input.version]).first()
    if (taken)
      throw new ValidationError([{ field: 'version', code: 'report.versionTaken', params: { version: input.version } }])
    const report: DailyReport = { ...input, id: newId('rpt', ctx.now), ...ctx.stampNew() }
    await db.reports.add(report)
    await ctx.audit(note(action, 'report', report.id, summary))
    return report
  })
}

/**
 * Changes a report inside one transaction: reads it, lets `change` check the step against the stored record
 * (throwing ValidationError to refuse) and return the new record, writes it and the audit line with the fields
 * that changed.
 */
export function changeReport(
  db: CommandPostDatabase,
  actor: Actor,
  id: string,
  action: AuditAction,
  change: (before: DailyReport, now: number) => DailyReport,
): Promise<DailyReport> {
  return writeWithAudit(db, actor, [db.reports], async (ctx) => {
    const before = await db.reports.get(id)
    if (!before) throw new ValidationError([{ field: 'id', code: 'notFound' }])
    const after: DailyReport = { ...change(before, ctx.now), id, updatedAt: ctx.now, updatedBy: actor.id }
    await db.reports.put(after)
    // The figures are a large snapshot: the audit line names them, without copying every number.
    const changes = diffFields(before, after, ['updatedAt', 'updatedBy', 'figures'])
    if (before.figures.computedAt !== after.figures.computedAt)
      changes.figures = { before: before.figures.computedAt, after: after.figures.computedAt }
    await ctx.audit(note(action, 'report', id, `${after.reportDate} 第${after.version}版`, changes))
    return after
  })
}
