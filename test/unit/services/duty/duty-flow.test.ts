import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SYSTEM_ACTOR, type Actor } from '@/domain/accounts/user'
import type { Problem } from '@/domain/common/result'
import type { DutyStaffInput } from '@/domain/duty/staff'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { createUser } from '@/db/repositories/user-repository'
import { hashPassword } from '@/services/accounts/password-hash'
import { confirmHandover, draftHandover, saveShiftNotes, signInForShift } from '@/services/duty/handover-service'
import { approveLeave, refuseLeave, requestLeave } from '@/services/duty/leave-service'
import { assignToSlot, generateRoster, loadRosterMonth } from '@/services/duty/roster-service'
import { saveStaff } from '@/services/duty/staff-service'
import { decideSwapRequest, requestSwap } from '@/services/duty/swap-service'

let db: CommandPostDatabase
const MONTH = '2026-11'

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})
afterEach(async () => {
  await db.delete()
})

async function account(name: string): Promise<Actor> {
  const user = await createUser(db, { name, role: 'leader', password: await hashPassword('1234', 1000) }, SYSTEM_ACTOR)
  return { id: user.id, name: user.name }
}

function person(name: string, more: Partial<DutyStaffInput> = {}): DutyStaffInput {
  return { name, position: '干部', unit: '党政办', phone: '13800000000', canLead: false, ...more }
}

async function codesOf(work: Promise<unknown>): Promise<string[]> {
  const error = (await work.then(
    () => undefined,
    (e: unknown) => e,
  )) as { problems?: Problem[] }
  return error?.problems?.map((p) => p.code) ?? []
}

async function township() {
  const secretary = await account('刘书记')
  const mayor = await account('王镇长')
  const officerUsers = [
    await account('值班甲'),
    await account('值班乙'),
    await account('值班丙'),
    await account('值班丁'),
  ]
  const sec = await saveStaff(
    db,
    undefined,
    person('刘洪', { canLead: true, signatory: 'secretary', userId: secretary.id }),
    SYSTEM_ACTOR,
  )
  const may = await saveStaff(
    db,
    undefined,
    person('王强', { canLead: true, signatory: 'mayor', userId: mayor.id }),
    SYSTEM_ACTOR,
  )
  const officers = []
  for (const [i, name] of ['张一', '李二', '赵三', '孙四'].entries())
    officers.push(await saveStaff(db, undefined, person(name, { userId: officerUsers[i]?.id }), SYSTEM_ACTOR))
  await generateRoster(db, MONTH, 1, SYSTEM_ACTOR)
  return { secretary, mayor, sec, may, officers, officerUsers }
}

describe('the duty services on real Dexie', () => {
  it('generates a month without conflicts and refuses an edit that double-books or leaves a day without a leader', async () => {
    const { officers } = await township()
    const month = await loadRosterMonth(db, MONTH)
    expect(month.days).toHaveLength(30)
    expect(month.conflicts).toEqual([])
    const day = month.days[4]
    const nightOfficer = day.shifts.night[0]
    expect(
      await codesOf(
        assignToSlot(db, { date: day.id, kind: 'officer', shiftKey: 'day', index: 0 }, nightOfficer, SYSTEM_ACTOR),
      ),
    ).toEqual(['duty.conflict.doubleBooked'])
    expect(await codesOf(assignToSlot(db, { date: day.id, kind: 'leader' }, undefined, SYSTEM_ACTOR))).toEqual([
      'duty.conflict.noLeader',
    ])
    expect((await loadRosterMonth(db, MONTH)).days[4]).toEqual(day)
    const free = officers.find((o) => !Object.values(day.shifts).flat().includes(o.id))!
    await assignToSlot(db, { date: day.id, kind: 'officer', shiftKey: 'day', index: 0 }, free.id, SYSTEM_ACTOR)
    expect((await loadRosterMonth(db, MONTH)).days[4].shifts.day).toEqual([free.id])
  })

  it('approves leave with both signatures in either order, refuses self-approval, and shows the conflict it makes', async () => {
    const { secretary, mayor, sec, officers } = await township()
    const month = await loadRosterMonth(db, MONTH)
    const target = month.days[9].shifts.day[0]
    expect(
      await codesOf(
        requestLeave(
          db,
          {
            staffId: target,
            from: '2026-11-10',
            to: '2026-11-09',
            destination: '成都',
            reason: '就医',
            contact: '138',
          },
          SYSTEM_ACTOR,
        ),
      ),
    ).toEqual(['duty.leaveEndsBeforeStart'])
    const leave = await requestLeave(
      db,
      { staffId: target, from: '2026-11-10', to: '2026-11-10', destination: '成都', reason: '就医', contact: '138' },
      SYSTEM_ACTOR,
    )
    expect((await approveLeave(db, leave.id, mayor)).status).toBe('pending')
    expect(await codesOf(approveLeave(db, leave.id, mayor))).toEqual(['duty.alreadySigned'])
    expect((await approveLeave(db, leave.id, secretary)).status).toBe('approved')
    const after = await loadRosterMonth(db, MONTH)
    expect(after.conflicts.map((c) => [c.date, c.code, c.staffId])).toEqual([['2026-11-10', 'onLeave', target]])
    const own = await requestLeave(
      db,
      { staffId: sec.id, from: '2026-11-20', to: '2026-11-21', destination: '雅安', reason: '开会', contact: '138' },
      secretary,
    )
    expect(await codesOf(approveLeave(db, own.id, secretary))).toEqual(['duty.selfApproval'])
    expect((await refuseLeave(db, own.id, '防控任务重', mayor)).status).toBe('refused')
    expect(officers).toHaveLength(4)
  })

  it('approves a swap asked by the giver, decided by that day’s leader; refuses a swap with someone on leave', async () => {
    const { secretary, mayor, sec, officers, officerUsers } = await township()
    const now = new Date(2026, 10, 1, 9).getTime()
    const day = (await loadRosterMonth(db, MONTH)).days[19]
    const onDay = Object.values(day.shifts).flat()
    const free = officers.filter((s) => !onDay.includes(s.id))
    const giver = officerUsers[officers.findIndex((o) => o.id === day.shifts.day[0])]
    const leader = day.leaderId === sec.id ? secretary : mayor
    const other = leader === secretary ? mayor : secretary
    const input = {
      date: day.id,
      shiftKey: 'day',
      fromStaffId: day.shifts.day[0],
      toStaffId: free[0].id,
      reason: '家中有事',
    }
    const leave = await requestLeave(
      db,
      { staffId: free[1].id, from: day.id, to: day.id, destination: '成都', reason: '就医', contact: '138' },
      SYSTEM_ACTOR,
    )
    await approveLeave(db, leave.id, secretary)
    await approveLeave(db, leave.id, mayor)
    expect(await codesOf(requestSwap(db, { ...input, toStaffId: free[1].id }, giver, now))).toEqual([
      'duty.swapOnLeave',
    ])
    expect(await codesOf(requestSwap(db, input, SYSTEM_ACTOR, now))).toEqual(['duty.swapNotYours'])
    const swap = await requestSwap(db, input, giver, now)
    expect(await codesOf(decideSwapRequest(db, swap.id, true, '', other, now))).toEqual(['duty.notLeader'])
    expect((await decideSwapRequest(db, swap.id, true, '', leader, now)).status).toBe('approved')
    expect((await loadRosterMonth(db, MONTH)).days[19].shifts.day).toEqual([free[0].id])
  })

  it('signs in with one’s own password, drafts and confirms a handover, and carries unfinished items over', async () => {
    await township()
    const month = await loadRosterMonth(db, MONTH)
    const byId = new Map(month.staff.map((s) => [s.id, s]))
    const login = (id: string) => ({ 张一: '值班甲', 李二: '值班乙' })[byId.get(id)!.name as '张一']
    const day = month.days.find((d) => login(d.shifts.day[0]) && login(d.shifts.night[0]))!
    const ref = { date: day.id, shiftKey: 'day' }
    const start = new Date(`${day.id}T08:20:00`).getTime()
    const out = login(day.shifts.day[0])!
    const inc = login(day.shifts.night[0])!
    expect(await codesOf(signInForShift(db, ref, { name: out, password: '0000' }, SYSTEM_ACTOR, start))).toEqual([
      'wrongCredentials',
    ])
    expect(await codesOf(signInForShift(db, ref, { name: inc, password: '1234' }, SYSTEM_ACTOR, start))).toEqual([
      'duty.notOnShift',
    ])
    const signed = await signInForShift(db, ref, { name: out, password: '1234' }, SYSTEM_ACTOR, start)
    expect(signed.signIns[0].minutesLate).toBe(20)
    await saveShiftNotes(
      db,
      ref,
      {
        notes: '接县指挥部电话 2 个',
        items: [
          { text: '回复青龙村物资', done: false },
          { text: '上报日报', done: true },
        ],
      },
      SYSTEM_ACTOR,
    )
    const text = await draftHandover(db, ref)
    expect(text).toContain('接县指挥部电话 2 个')
    expect(text).toContain('未办结')
    expect(
      await codesOf(confirmHandover(db, ref, 'incoming', { text, name: inc, password: '1234' }, SYSTEM_ACTOR)),
    ).toEqual(['duty.handoverNotSigned'])
    await confirmHandover(db, ref, 'outgoing', { text, name: out, password: '1234' }, SYSTEM_ACTOR)
    const done = await confirmHandover(db, ref, 'incoming', { text, name: inc, password: '1234' }, SYSTEM_ACTOR)
    expect(done.handover?.incoming?.name).toBe(byId.get(day.shifts.night[0])!.name)
    const next = await db.dutyShiftRecords.get(`${day.id}|night`)
    expect(next?.items.map((i) => [i.text, i.done])).toEqual([['回复青龙村物资', false]])
  })
})
