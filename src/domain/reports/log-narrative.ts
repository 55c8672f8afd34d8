import type { Instant } from '../common/entity'
import { LOG_KIND_NAMES, type LogEntry, type LogKind } from '../log/log-entry'
import { orderStatus, type Order } from '../log/order'
import { bulletinTime } from './report-window'

/** Kinds of log entry that say what was done (work done 工作开展情况); calls and notices are not repeated. */
const WORK_KINDS: readonly LogKind[] = ['instruction', 'decision', 'order', 'report', 'supplies']

/** The entries that still stand: an entry corrected by a later one is replaced by its correction. */
export function standingEntries(entries: readonly LogEntry[]): LogEntry[] {
  const corrected = new Set(entries.map((e) => e.corrects).filter((id) => id !== ''))
  return entries.filter((e) => !corrected.has(e.id))
}

function line(entry: LogEntry): string {
  const handling = entry.handling.trim() ? `（${entry.handling.trim()}）` : ''
  const kind = `${LOG_KIND_NAMES[entry.kind]}：`
  // An order's entry already reads "交办：…": the kind is not said twice.
  const content = entry.content.trim()
  return `${bulletinTime(entry.occurredAt)}，${content.startsWith(kind) ? '' : kind}${content}${handling}`
}

/** 工作开展情况 drafted from the window's log: one numbered line per decision, order, report, instruction or supply. */
export function workDoneDraft(entries: readonly LogEntry[]): string {
  const lines = standingEntries(entries).filter((e) => WORK_KINDS.includes(e.kind))
  return lines.map((e, i) => `${i + 1}. ${line(e)}`).join('\n')
}

/**
 * 存在问题 drafted from the window: what inspections found (督查 entries) and every order still open past its
 * deadline at the window's end (超期未办结).
 */
export function problemsDraft(entries: readonly LogEntry[], openOrders: readonly Order[], windowEnd: Instant): string {
  const found = standingEntries(entries)
    .filter((e) => e.kind === 'inspection')
    .map((e) => line(e))
  const overdue = openOrders
    .filter((o) => orderStatus(o, windowEnd) === 'overdue')
    .map((o) => `交办事项“${o.title}”（责任人：${o.ownerName}）超期未办结，时限${bulletinTime(o.deadline)}`)
  return [...found, ...overdue].map((text, i) => `${i + 1}. ${text}`).join('\n')
}
