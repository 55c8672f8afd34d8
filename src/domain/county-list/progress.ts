import type { LocalDate } from '../common/entity'
import { VERIFICATION_RESULTS, type CountyListRow, type VerificationResult } from './county-list'

/** A verification result, or `unverified` for a row still waiting. */
export type ResultKey = VerificationResult | 'unverified'

/** 核查进度: how many rows of a list (or of one village's share of it) are verified, by result. */
export interface Progress {
  total: number
  verified: number
  /** Rows per result; `unverified` counts the rows still waiting. */
  counts: Record<ResultKey, number>
}

/** Where a list stands against the county's deadline. */
export type DueStatus = 'done' | 'overdue' | 'due-today' | 'open' | 'no-due-date'

/** No rows at all. */
export function emptyProgress(): Progress {
  const counts = { unverified: 0 } as Record<ResultKey, number>
  for (const result of VERIFICATION_RESULTS) counts[result] = 0
  return { total: 0, verified: 0, counts }
}

/**
 * Progress from counts per result as an index gives them (`''` = not yet verified), e.g. one count per key
 * of `[listId+result]`. A missing key counts 0.
 */
export function progressFromCounts(counts: Partial<Record<VerificationResult | '', number>>): Progress {
  const progress = emptyProgress()
  progress.counts.unverified = counts[''] ?? 0
  for (const result of VERIFICATION_RESULTS) {
    progress.counts[result] = counts[result] ?? 0
    progress.verified += progress.counts[result]
  }
  progress.total = progress.verified + progress.counts.unverified
  return progress
}

function add(progress: Progress, result: VerificationResult | ''): void {
  progress.total++
  if (result === '') progress.counts.unverified++
  else {
    progress.counts[result]++
    progress.verified++
  }
}

/** Progress of a set of rows. */
export function progressOf(rows: Iterable<Pick<CountyListRow, 'result'>>): Progress {
  const progress = emptyProgress()
  for (const row of rows) add(progress, row.result)
  return progress
}

/** Progress per village the rows are assigned to; rows not yet assigned are under `''`. */
export function progressByVillage(rows: Iterable<Pick<CountyListRow, 'result' | 'villageId'>>): Map<string, Progress> {
  const byVillage = new Map<string, Progress>()
  for (const row of rows) {
    let progress = byVillage.get(row.villageId)
    if (!progress) byVillage.set(row.villageId, (progress = emptyProgress()))
    add(progress, row.result)
  }
  return byVillage
}

/** Whole percent verified, rounded down so a list is shown at 100 only when every row is done; 0 for no rows. */
export function percentVerified(progress: Progress): number {
  return progress.total === 0 ? 0 : Math.floor((progress.verified * 100) / progress.total)
}

/**
 * Where a list stands: `done` when every row is verified; otherwise against its due date (`''` = none given):
 * `overdue` after the due day, `due-today` on it, `open` before it.
 */
export function dueStatus(dueOn: LocalDate, progress: Progress, today: LocalDate): DueStatus {
  if (progress.total > 0 && progress.verified === progress.total) return 'done'
  if (dueOn === '') return 'no-due-date'
  if (today > dueOn) return 'overdue'
  return today === dueOn ? 'due-today' : 'open'
}

/** The progress of several parts together (a list from its villages). */
export function sumProgress(parts: Iterable<Progress>): Progress {
  const sum = emptyProgress()
  for (const part of parts) {
    sum.total += part.total
    sum.verified += part.verified
    for (const key of Object.keys(sum.counts) as ResultKey[]) sum.counts[key] += part.counts[key]
  }
  return sum
}
