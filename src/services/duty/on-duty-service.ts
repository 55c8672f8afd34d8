import type { Instant } from '@/domain/common/entity'
import { addDays, dateOf } from '@/domain/duty/calendar'
import type { DutyShiftRecord } from '@/domain/duty/handover'
import { datesAround, onDutyAt, shiftsOf, type ShiftOnDuty } from '@/domain/duty/on-duty'
import type { ShiftPattern } from '@/domain/duty/shift-pattern'
import type { DutyStaff } from '@/domain/duty/staff'
import type { CommandPostDatabase } from '@/db/database'
import { listDutyStaff } from '@/db/repositories/duty-staff-repository'
import { getShiftRecord } from '@/db/repositories/shift-record-repository'
import { getShiftPattern, listDutyDays } from '@/db/repositories/roster-repository'

/** Who is on duty now and next, with the staff records (for names and phones). */
export interface OnDutyNow {
  current?: ShiftOnDuty
  next?: ShiftOnDuty
  /** What the current shift recorded (its sign-ins), if anything. */
  currentRecord?: DutyShiftRecord
  lateAfterMinutes: number
  staff: Map<string, DutyStaff>
}

/** 当前值班 / 下一班 at `now`. */
export async function loadOnDuty(db: CommandPostDatabase, now: Instant = Date.now()): Promise<OnDutyNow> {
  const dates = datesAround(now)
  const [pattern, days, staff] = await Promise.all([
    getShiftPattern(db),
    listDutyDays(db, dates[0], dates[dates.length - 1]),
    listDutyStaff(db),
  ])
  const found = onDutyAt(now, days, pattern)
  const currentRecord = found.current
    ? await getShiftRecord(db, found.current.date, found.current.shift.key)
    : undefined
  const byId = new Map(staff.map((s) => [s.id, s]))
  return { ...found, currentRecord, lateAfterMinutes: pattern.lateAfterMinutes, staff: byId }
}

/** The sign-in and handover desk of one day: its shifts with who is on them, and what each recorded. */
export interface ShiftDesk {
  pattern: ShiftPattern
  shifts: ShiftOnDuty[]
  records: Map<string, DutyShiftRecord>
  staff: Map<string, DutyStaff>
}

/** The shifts of `date` (and the first of the day after, the incoming side of the last handover). */
export async function loadShiftDesk(db: CommandPostDatabase, date: string): Promise<ShiftDesk> {
  const [pattern, days, staff] = await Promise.all([
    getShiftPattern(db),
    listDutyDays(db, date, addDays(date, 1)),
    listDutyStaff(db),
  ])
  const shifts = shiftsOf(days, pattern).filter((s) => s.date === date)
  const records = new Map<string, DutyShiftRecord>()
  for (const s of shifts) {
    const record = await getShiftRecord(db, s.date, s.shift.key)
    if (record) records.set(record.id, record)
  }
  return { pattern, shifts, records, staff: new Map(staff.map((s) => [s.id, s])) }
}

/** The date whose shift is running at `now` (yesterday's until the night shift ends), else today. */
export async function currentShiftDate(db: CommandPostDatabase, now: Instant = Date.now()): Promise<string> {
  return (await loadOnDuty(db, now)).current?.date ?? dateOf(new Date(now))
}
