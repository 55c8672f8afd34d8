import type { Actor } from '@/domain/accounts/user'
import type { Instant } from '@/domain/common/entity'
import { ValidationError } from '@/domain/common/result'
import { logEntryProblems, type LogEntry, type LogEntryInput } from '@/domain/log/log-entry'
import { matchesFilter, type LogFilter, type TimeWindow } from '@/domain/log/log-window'
import type { CommandPostDatabase } from '@/db/database'
import {
  appendEntry,
  correctionsOf,
  entriesByIds,
  entriesOccurredBetween,
} from '@/db/repositories/log/log-entry-repository'

/**
 * Appends an entry to the wartime log, author = `actor`, after checking it (content present, time not in the
 * future and at most two days back). The entry is hash-chained and audited in one transaction. Other areas call
 * this to log what they do (e.g. a fever reported by the control area):
 * `appendLogEntry(db, actor, { kind: 'report', content: '…', villageId, links: [{ type: 'person', id }] })`.
 * @throws ValidationError with the problems found; nothing is written then.
 */
export async function appendLogEntry(db: CommandPostDatabase, actor: Actor, input: LogEntryInput): Promise<LogEntry> {
  const problems = logEntryProblems(input, Date.now())
  if (problems.length) throw new ValidationError(problems)
  const { enteredAt: _ignored, ...typed } = input
  return appendEntry(db, actor, typed)
}

/**
 * Records a correction of `correctedId`: a new entry (same kind unless given) that points at it. The corrected
 * entry stays as it was; both show, the old one marked as corrected.
 * @throws ValidationError when the entry does not exist or the correction is invalid.
 */
export async function correctLogEntry(
  db: CommandPostDatabase,
  actor: Actor,
  correctedId: string,
  input: LogEntryInput,
): Promise<LogEntry> {
  const [corrected] = await entriesByIds(db, [correctedId])
  if (!corrected) throw new ValidationError([{ field: 'corrects', code: 'notFound' }])
  return appendLogEntry(db, actor, { ...input, corrects: corrected.id })
}

/**
 * Every entry that happened in [from, to), oldest first (by the stated time, then the chain number). The duty
 * handover drafts from this.
 */
export async function entriesBetween(db: CommandPostDatabase, from: Instant, to: Instant): Promise<LogEntry[]> {
  const entries = await entriesOccurredBetween(db, from, to)
  return entries.sort((a, b) => a.occurredAt - b.occurredAt || a.seq - b.seq)
}

/** A page of the log screen, with the corrections of the shown entries and the total after filtering. */
export interface LogPage {
  items: LogEntry[]
  total: number
  /** id of a corrected entry → the seq numbers of the entries correcting it. */
  correctedBy: Record<string, number[]>
  /** id of a corrected entry → its seq, for the "更正 #n" marks of corrections on the page. */
  correctedSeq: Record<string, number>
}

/** The log screen's query: a window, filters, a page; newest first. */
export interface LogQuery extends LogFilter {
  window: TimeWindow
  page: number
  pageSize: number
}

/** The log in a window, filtered, newest first, one page of it. */
export async function searchLog(db: CommandPostDatabase, query: LogQuery): Promise<LogPage> {
  const all = await entriesOccurredBetween(db, query.window.from, query.window.to)
  const matching = all
    .filter((e) => matchesFilter(e, query))
    .sort((a, b) => b.occurredAt - a.occurredAt || b.seq - a.seq)
  const start = (query.page - 1) * query.pageSize
  const items = matching.slice(start, start + query.pageSize)
  const corrections = await correctionsOf(
    db,
    items.map((e) => e.id),
  )
  const correctedBy: Record<string, number[]> = {}
  for (const c of corrections) (correctedBy[c.corrects] ??= []).push(c.seq)
  const pointedAt = items.filter((e) => e.corrects).map((e) => e.corrects)
  const correctedSeq: Record<string, number> = {}
  for (const e of await entriesByIds(db, pointedAt)) correctedSeq[e.id] = e.seq
  return { items, total: matching.length, correctedBy, correctedSeq }
}
