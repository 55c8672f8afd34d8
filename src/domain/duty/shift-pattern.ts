import type { LocalDate } from '../common/entity'
import type { Problem } from '../common/result'
import { midnightOf } from './calendar'

/** One shift of a day, e.g. 白班 08:00–20:00. A shift whose end is not after its start runs into the next day. */
export interface ShiftDefinition {
  /** Stable key, e.g. `day`, `night`, `full`. */
  key: string
  name: string
  /** `HH:MM` */
  start: string
  /** `HH:MM` */
  end: string
}

/** 值班模式: the shifts of each day, how many officers each needs, and the rules of the roster. */
export interface ShiftPattern {
  /** Always `current`: one pattern is in force. */
  id: 'current'
  shifts: ShiftDefinition[]
  /** 值班员 per shift. */
  officersPerShift: number
  /** A swap must be approved at least this many days before the shift (换班提前天数). */
  swapNoticeDays: number
  /** Sign-in later than this many minutes after the shift start counts as late. */
  lateAfterMinutes: number
  /** Public holidays 法定节假日 counted with weekends for fairness. */
  holidays: LocalDate[]
}

/** Day 8:00–20:00 and night 20:00–8:00, one officer each, a day's notice for swaps. */
export const DEFAULT_PATTERN: ShiftPattern = {
  id: 'current',
  shifts: [
    { key: 'day', name: '白班', start: '08:00', end: '20:00' },
    { key: 'night', name: '夜班', start: '20:00', end: '08:00' },
  ],
  officersPerShift: 1,
  swapNoticeDays: 1,
  lateAfterMinutes: 15,
  holidays: [],
}

/** One 24-hour shift 8:00–8:00. */
export const FULL_DAY_SHIFTS: ShiftDefinition[] = [{ key: 'full', name: '24小时班', start: '08:00', end: '08:00' }]

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number)
  return h * 60 + m
}

/** True when the shift runs past midnight (a night shift or a 24-hour shift). */
export function isOvernight(shift: ShiftDefinition): boolean {
  return minutesOf(shift.end) <= minutesOf(shift.start)
}

/** When a shift of `date` starts and ends, as epoch ms in local time. */
export function shiftSpan(date: LocalDate, shift: ShiftDefinition): { start: number; end: number } {
  const base = midnightOf(date)
  const start = new Date(base)
  start.setMinutes(minutesOf(shift.start))
  const end = new Date(base)
  end.setMinutes(minutesOf(shift.end) + (isOvernight(shift) ? 24 * 60 : 0))
  return { start: start.getTime(), end: end.getTime() }
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** Problems of a pattern: at least one shift, times `HH:MM`, unique keys, 1–5 officers, shifts not overlapping. */
export function patternProblems(pattern: ShiftPattern): Problem[] {
  const problems: Problem[] = []
  if (pattern.shifts.length === 0) problems.push({ field: 'shifts', code: 'duty.noShifts' })
  const keys = new Set<string>()
  pattern.shifts.forEach((s, i) => {
    if (s.name.trim() === '') problems.push({ field: `shifts.${i}`, code: 'required' })
    if (!TIME.test(s.start) || !TIME.test(s.end))
      problems.push({ field: `shifts.${i}`, code: 'duty.badTime', params: { name: s.name } })
    if (keys.has(s.key)) problems.push({ field: `shifts.${i}`, code: 'duty.duplicateShift', params: { name: s.name } })
    keys.add(s.key)
  })
  const total = pattern.shifts.reduce((sum, s) => {
    const length = (minutesOf(s.end) - minutesOf(s.start) + 24 * 60) % (24 * 60)
    return sum + (length === 0 ? 24 * 60 : length)
  }, 0)
  if (problems.length === 0 && total > 24 * 60) problems.push({ field: 'shifts', code: 'duty.shiftsOverlap' })
  if (!Number.isInteger(pattern.officersPerShift) || pattern.officersPerShift < 1 || pattern.officersPerShift > 5)
    problems.push({ field: 'officersPerShift', code: 'duty.officersRange' })
  if (!Number.isInteger(pattern.swapNoticeDays) || pattern.swapNoticeDays < 0 || pattern.swapNoticeDays > 14)
    problems.push({ field: 'swapNoticeDays', code: 'duty.noticeRange' })
  return problems
}
