import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import {
  endMeeting,
  issueMeetingOrder,
  recordDecision,
  setAttendees,
  startMeeting,
} from '@/services/board/meeting-service'

const LEADER: Actor = { id: 'usr_leader', name: '刘书记' }
let db: CommandPostDatabase
beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})
afterEach(async () => {
  await db.delete()
})

const order = () => ({
  title: '城关村今晚完成全员核酸',
  ownerKind: 'village' as const,
  ownerName: '城关村',
  ownerVillageId: 'vil_1',
  deadline: Date.now() + 3_600_000,
  priority: 'urgent' as const,
})

describe('meetings recorded on the board', () => {
  it('start with the attendees typed on one line, each once, and an audit line', async () => {
    const meeting = await startMeeting(db, LEADER, ' 11月29日调度会 ', '刘书记、王镇长，张值班  王镇长')
    expect(meeting).toMatchObject({ title: '11月29日调度会', attendees: ['刘书记', '王镇长', '张值班'] })
    await expect(startMeeting(db, LEADER, ' ', '')).rejects.toMatchObject({
      problems: [{ code: 'meeting.titleRequired' }],
    })
    const changed = await setAttendees(db, LEADER, meeting.id, '刘书记 李医生')
    expect(changed.attendees).toEqual(['刘书记', '李医生'])
    expect(await db.audit.where('[entity+entityId]').equals(['meeting', meeting.id]).count()).toBe(2)
  })

  it('write each decision to the wartime log and each order through the order service, with the meeting as source', async () => {
    const meeting = await startMeeting(db, LEADER, '11月29日调度会', '刘书记')
    const { meeting: after, entry } = await recordDecision(db, LEADER, meeting.id, '城关村继续封控三天')
    expect(entry).toMatchObject({ kind: 'decision', content: '11月29日调度会决定：城关村继续封控三天', seq: 1 })
    expect(after.decisions).toEqual([{ text: '城关村继续封控三天', at: entry.enteredAt, logEntryId: entry.id }])
    const { meeting: withOrder, order: issued } = await issueMeetingOrder(db, LEADER, meeting.id, order())
    expect(issued).toMatchObject({ source: '11月29日调度会', ownerName: '城关村', state: 'open' })
    expect(withOrder.orderIds).toEqual([issued.id])
    expect(await db.logEntries.count()).toBe(2)
    expect((await db.orders.get(issued.id))?.sourceEntryId).toBeTruthy()
  })

  it('write nothing when a decision is empty, an order incomplete or the meeting closed', async () => {
    const meeting = await startMeeting(db, LEADER, '调度会', '')
    await expect(recordDecision(db, LEADER, meeting.id, '  ')).rejects.toMatchObject({
      problems: [{ code: 'meeting.decisionRequired' }],
    })
    await expect(issueMeetingOrder(db, LEADER, meeting.id, { ...order(), ownerName: '' })).rejects.toBeInstanceOf(
      ValidationError,
    )
    await endMeeting(db, LEADER, meeting.id)
    await expect(recordDecision(db, LEADER, meeting.id, '再议')).rejects.toMatchObject({
      problems: [{ code: 'meeting.ended' }],
    })
    await expect(issueMeetingOrder(db, LEADER, meeting.id, order())).rejects.toMatchObject({
      problems: [{ code: 'meeting.ended' }],
    })
    expect(await db.logEntries.count()).toBe(0)
    expect(await db.orders.count()).toBe(0)
    expect((await db.meetings.get(meeting.id))?.decisions).toEqual([])
  })
})
