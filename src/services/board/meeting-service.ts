import type { Actor } from '@/domain/accounts/user'
import { decisionProblems, meetingProblems, readAttendees, type Meeting } from '@/domain/board/meeting'
import type { Instant } from '@/domain/common/entity'
import { ValidationError } from '@/domain/common/result'
import type { LogEntry } from '@/domain/log/log-entry'
import type { Order, OrderInput } from '@/domain/log/order'
import type { CommandPostDatabase } from '@/db/database'
import { changeMeeting, createMeeting } from '@/db/repositories/meeting-repository'
import { appendLogEntry } from '@/services/log/log-service'
import { issueOrder } from '@/services/log/order-service'

/** Starts recording a dispatch meeting 调度会: its title and who attends (typed as one line of names). */
export async function startMeeting(
  db: CommandPostDatabase,
  actor: Actor,
  title: string,
  attendees: string,
  now: Instant = Date.now(),
): Promise<Meeting> {
  const fields = { title: title.trim(), startedAt: now, attendees: readAttendees(attendees) }
  const problems = meetingProblems(fields)
  if (problems.length) throw new ValidationError(problems)
  return createMeeting(db, actor, fields)
}

/** Replaces the attendees (typed as one line of names). */
export async function setAttendees(
  db: CommandPostDatabase,
  actor: Actor,
  meetingId: string,
  attendees: string,
): Promise<Meeting> {
  const names = readAttendees(attendees)
  const { meeting } = await changeMeeting(
    db,
    actor,
    meetingId,
    async () => undefined,
    (m) => ({ meeting: { ...m, attendees: names }, summary: `参会人员：${names.join('、')}` }),
  )
  return meeting
}

/**
 * Records a decision 决定事项: a wartime-log entry of kind decision (through the log service, so it is checked
 * and chained like any entry) and the meeting's line pointing at it, in one transaction.
 * @throws ValidationError when the text is empty or the meeting is closed.
 */
export async function recordDecision(
  db: CommandPostDatabase,
  actor: Actor,
  meetingId: string,
  text: string,
): Promise<{ meeting: Meeting; entry: LogEntry }> {
  const { meeting, made } = await changeMeeting(
    db,
    actor,
    meetingId,
    (m) => {
      const problems = decisionProblems(m, text)
      if (problems.length) throw new ValidationError(problems)
      return appendLogEntry(db, actor, { kind: 'decision', content: `${m.title}决定：${text.trim()}` })
    },
    (m, entry) => ({
      meeting: { ...m, decisions: [...m.decisions, { text: text.trim(), at: entry.enteredAt, logEntryId: entry.id }] },
      summary: `决定：${text.trim().slice(0, 40)}`,
    }),
  )
  return { meeting, entry: made }
}

/**
 * Issues an order 交办 from the meeting (through the order service: owner, deadline in the future, its log
 * entry), with the meeting as its source, and adds it to the meeting, in one transaction.
 * @throws ValidationError when the order is incomplete or the meeting is closed.
 */
export async function issueMeetingOrder(
  db: CommandPostDatabase,
  actor: Actor,
  meetingId: string,
  input: Omit<OrderInput, 'source'>,
): Promise<{ meeting: Meeting; order: Order }> {
  const { meeting, made } = await changeMeeting(
    db,
    actor,
    meetingId,
    (m) => {
      if (m.endedAt !== undefined) throw new ValidationError([{ field: 'meeting', code: 'meeting.ended' }])
      return issueOrder(db, actor, { ...input, source: m.title })
    },
    (m, order) => ({
      meeting: { ...m, orderIds: [...m.orderIds, order.id] },
      summary: `交办：${order.ownerName}：${order.title.slice(0, 40)}`,
    }),
  )
  return { meeting, order: made }
}

/** Closes the meeting record: it takes no more decisions or orders. */
export async function endMeeting(
  db: CommandPostDatabase,
  actor: Actor,
  meetingId: string,
  now: Instant = Date.now(),
): Promise<Meeting> {
  const { meeting } = await changeMeeting(
    db,
    actor,
    meetingId,
    async () => undefined,
    (m) => ({ meeting: { ...m, endedAt: m.endedAt ?? now }, summary: '结束会议记录' }),
  )
  return meeting
}
