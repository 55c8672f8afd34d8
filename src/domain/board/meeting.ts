import type { Instant, Stamped } from '../common/entity'
import type { Problem } from '../common/result'

/** 决定事项: a decision taken at the meeting; each is also a wartime-log entry. */
export interface MeetingDecision {
  text: string
  at: Instant
  /** The log entry written with it. */
  logEntryId: string
}

/** 调度会: a dispatch meeting recorded from the board — who attended, what was decided, which orders were given. */
export interface Meeting extends Stamped {
  /** `mtg_<ulid>` */
  id: string
  /** e.g. 11月29日调度会; also the source 来源 of its orders. */
  title: string
  startedAt: Instant
  /** 参会人员, as typed. */
  attendees: string[]
  decisions: MeetingDecision[]
  /** Orders 交办 issued during the meeting (ids of `orders`). */
  orderIds: string[]
  /** Set when the record is closed 结束会议; a closed meeting takes no more decisions or orders. */
  endedAt?: Instant
}

/** The default title of a meeting started at an instant: 11月29日调度会. */
export function meetingTitle(at: Instant): string {
  const d = new Date(at)
  return `${d.getMonth() + 1}月${d.getDate()}日调度会`
}

/** Splits typed attendees (comma, 、, ；, spaces or new lines between names), trimmed, each once. */
export function readAttendees(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、;；\s]+/)
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  ]
}

/** A meeting needs a title; a closed one takes nothing more. */
export function meetingProblems(meeting: Pick<Meeting, 'title'>): Problem[] {
  return meeting.title.trim() ? [] : [{ field: 'title', code: 'meeting.titleRequired' }]
}

/** A decision needs words, and an open meeting. */
export function decisionProblems(meeting: Pick<Meeting, 'endedAt'>, text: string): Problem[] {
  if (meeting.endedAt !== undefined) return [{ field: 'meeting', code: 'meeting.ended' }]
  return text.trim() ? [] : [{ field: 'text', code: 'meeting.decisionRequired' }]
}
