import type { Actor } from '@/domain/accounts/user'
import type { Meeting } from '@/domain/board/meeting'
import { newId } from '@/domain/common/ids'
import { ValidationError } from '@/domain/common/result'
import type { CommandPostDatabase } from '../database'
import { note, writeWithAudit } from '../write'
import { logTables } from './log/log-entry-repository'

/** A new meeting's fields; the repository adds id and stamps. */
export type NewMeeting = Pick<Meeting, 'title' | 'startedAt' | 'attendees'>

/** Starts a meeting record, with its audit line. */
export function createMeeting(db: CommandPostDatabase, actor: Actor, fields: NewMeeting): Promise<Meeting> {
  return writeWithAudit(db, actor, [db.meetings], async (ctx) => {
    const meeting: Meeting = { ...fields, id: newId('mtg', ctx.now), decisions: [], orderIds: [], ...ctx.stampNew() }
    await db.meetings.add(meeting)
    await ctx.audit(note('create', 'meeting', meeting.id, `${meeting.title}（${meeting.attendees.join('、')}）`))
    return meeting
  })
}

/** One meeting by id. */
export function getMeeting(db: CommandPostDatabase, id: string): Promise<Meeting | undefined> {
  return db.meetings.get(id)
}

/** The latest meetings, newest first. */
export function latestMeetings(db: CommandPostDatabase, count = 10): Promise<Meeting[]> {
  return db.meetings.orderBy('startedAt').reverse().limit(count).toArray()
}

/** The tables a meeting change that also logs or issues an order touches (besides audit). */
export function meetingWriteTables(db: CommandPostDatabase) {
  return [db.meetings, db.orders, ...logTables(db)]
}

/**
 * Changes a meeting inside one transaction with whatever `work` writes first (a log entry, an order): `work`
 * runs, then `change` builds the new record from the stored one and what `work` returned, and the audit line
 * says `summary`. Refused when the meeting does not exist.
 */
export function changeMeeting<T>(
  db: CommandPostDatabase,
  actor: Actor,
  meetingId: string,
  work: (meeting: Meeting) => Promise<T>,
  change: (meeting: Meeting, made: T) => { meeting: Meeting; summary: string },
): Promise<{ meeting: Meeting; made: T }> {
  return writeWithAudit(db, actor, meetingWriteTables(db), async (ctx) => {
    const stored = await db.meetings.get(meetingId)
    if (!stored) throw new ValidationError([{ field: 'meeting', code: 'notFound' }])
    const made = await work(stored)
    const { meeting, summary } = change(stored, made)
    const after: Meeting = { ...meeting, updatedAt: ctx.now, updatedBy: actor.id }
    await db.meetings.put(after)
    await ctx.audit(note('update', 'meeting', after.id, summary))
    return { meeting: after, made }
  })
}
