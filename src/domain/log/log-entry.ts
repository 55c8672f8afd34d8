import type { Instant } from '../common/entity'
import type { Problem } from '../common/result'

/**
 * What an entry records: 来电 call in, 去电 call out, 报告 report received, 上级指示 instruction from above,
 * 决定 decision, 交办 order, 督查 inspection, 物资 supplies, 通知 notice, 其他 other.
 */
// One line, unwrapped: the i18n test reads the union from it.
// prettier-ignore
export type LogKind = 'call-in' | 'call-out' | 'report' | 'instruction' | 'decision' | 'order' | 'inspection' | 'supplies' | 'notice' | 'other'

/** Every kind, in the order the capture dialog lists them. */
/** The kinds' Chinese names, for text the app writes itself (a handover draft, a printed book). */
export const LOG_KIND_NAMES: Record<LogKind, string> = {
  'call-in': '来电',
  'call-out': '去电',
  report: '报告',
  instruction: '上级指示',
  decision: '决定',
  order: '交办',
  inspection: '督查',
  supplies: '物资',
  notice: '通知',
  other: '其他',
}

export const LOG_KINDS: readonly LogKind[] = [
  'call-in',
  'call-out',
  'report',
  'instruction',
  'decision',
  'order',
  'inspection',
  'supplies',
  'notice',
  'other',
]

/** What an entry may point at: a person of the register, a dispatch order, an incident. */
export interface LogLink {
  type: 'person' | 'order' | 'incident'
  id: string
}

/** What the officer types (or a service fills in) for a new entry. */
export interface LogEntryInput {
  kind: LogKind
  /** When it happened; defaults to now, may be set back within {@link MAX_BACKDATE_MS}. */
  occurredAt?: Instant
  /** Caller or counterpart 来电人/对方, and their phone. */
  counterpart?: string
  phone?: string
  villageId?: string
  content: string
  /** What was done about it 处理情况. */
  handling?: string
  /** The entry this one corrects; both stay and both show. */
  corrects?: string
  links?: LogLink[]
  /**
   * When it was typed in, for entries written on someone's behalf from another record (the demo's shift, a
   * restore). appendLogEntry ignores it: an officer's entry always takes the clock's time.
   */
  enteredAt?: Instant
}

/**
 * 值班日志 / 战时日志: one line of the wartime log. Append-only: never edited or deleted; a correction is a new
 * entry whose `corrects` names the old one. `seq` numbers the chain 1, 2, 3…; `hash` is SHA-256 over
 * `prevHash` and the entry's canonical form (log-chain.ts), so an altered, missing or reordered entry shows.
 */
export interface LogEntry {
  id: string
  seq: number
  kind: LogKind
  /** When it happened, as the officer states it. */
  occurredAt: Instant
  /** When it was typed in: the clock's time, kept even when occurredAt was set back. */
  enteredAt: Instant
  authorId: string
  authorName: string
  counterpart: string
  phone: string
  villageId: string
  content: string
  handling: string
  corrects: string
  links: LogLink[]
  /** `person:<id>`, `order:<id>`, `incident:<id>`, `corrects:<id>`: the multi-entry index behind timelines. */
  linkKeys: string[]
  prevHash: string
  hash: string
}

/** How far back an entry's time may be set: two days (a call logged after a night without a PC). */
export const MAX_BACKDATE_MS = 48 * 3600_000
/** A minute of slack for clocks that differ between what the dialog showed and the save. */
const FUTURE_SLACK_MS = 60_000
/** Longest content and handling accepted (a phone call, not a report). */
export const MAX_CONTENT_LENGTH = 2000

/** Problems with an entry's input at `now`: empty content, a time in the future or too far back. */
export function logEntryProblems(input: LogEntryInput, now: Instant): Problem[] {
  const problems: Problem[] = []
  if (!input.content.trim()) problems.push({ field: 'content', code: 'log.contentRequired' })
  else if (input.content.length > MAX_CONTENT_LENGTH)
    problems.push({ field: 'content', code: 'log.contentTooLong', params: { max: MAX_CONTENT_LENGTH } })
  if (input.occurredAt !== undefined) {
    if (!Number.isFinite(input.occurredAt)) problems.push({ field: 'occurredAt', code: 'log.timeInvalid' })
    else if (input.occurredAt > now + FUTURE_SLACK_MS) problems.push({ field: 'occurredAt', code: 'log.timeFuture' })
    else if (input.occurredAt < now - MAX_BACKDATE_MS)
      problems.push({ field: 'occurredAt', code: 'log.timeTooOld', params: { hours: MAX_BACKDATE_MS / 3600_000 } })
  }
  if (!LOG_KINDS.includes(input.kind)) problems.push({ field: 'kind', code: 'log.kindUnknown' })
  return problems
}

/** The keys an entry is indexed under: its links, and `corrects:<id>` for a correction. */
export function linkKeysOf(links: readonly LogLink[], corrects = ''): string[] {
  const keys = links.map((l) => `${l.type}:${l.id}`)
  return corrects ? [...keys, `corrects:${corrects}`] : keys
}
