import { createRandom, type Random } from '../demo/random'
import { addDays, daysOfMonth, isRestDay, type MonthKey } from './calendar'
import { isAway, type LeaveRequest } from './leave'
import { countDuty, zeroCounts, type DutyCounts, type DutyDayPlan } from './roster'
import { isOvernight, type ShiftPattern } from './shift-pattern'
import type { DutyStaff } from './staff'

/** What the month generator needs. */
export interface GenerateInput {
  month: MonthKey
  /** Active staff: leaders are those who can lead, officers the others (everyone when nobody else). */
  staff: readonly DutyStaff[]
  pattern: ShiftPattern
  /** Approved leave: nobody is put on a day they are away. */
  leaves: readonly LeaveRequest[]
  /** Same seed, same input → same roster. */
  seed: string | number
  /** The last day of the month before, so nobody works the 1st straight after a night on the 31st. */
  dayBefore?: DutyDayPlan
}

type Key = (id: string) => number[]

function lessThan(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i]
  return false
}

/** The candidate with the smallest key (compared left to right); ties go to the earlier of a seeded shuffle. */
function pickBest(candidates: readonly string[], key: Key, random: Random): string | undefined {
  let best: string | undefined
  let bestKey: number[] = []
  for (const id of random.shuffle(candidates)) {
    const k = key(id)
    if (best === undefined || lessThan(k, bestKey)) {
      best = id
      bestKey = k
    }
  }
  return best
}

/**
 * 排班: a month of days, filled greedily day by day. Each day's leader is the able leader with the fewest leader
 * days (then fewest on rest days); each shift's officer is the one with the fewest shifts, then fewest of that
 * shift, then fewest weekend/holiday duties. Never: someone on approved leave, someone twice on a day, any shift
 * straight after an overnight one. When nobody is left for a slot it stays empty (and shows as a conflict)
 * rather than breaking a rule.
 */
export function generateMonth(input: GenerateInput): DutyDayPlan[] {
  const { pattern, leaves } = input
  const random = createRandom(`duty/${input.month}/${input.seed}`)
  const active = input.staff.filter((s) => s.retiredAt === undefined)
  const leaders = active.filter((s) => s.canLead).map((s) => s.id)
  const nonLeaders = active.filter((s) => !s.canLead).map((s) => s.id)
  const officers = nonLeaders.length > 0 ? nonLeaders : active.map((s) => s.id)
  const counts = new Map<string, DutyCounts>(active.map((s) => [s.id, zeroCounts()]))
  const perShift = new Map<string, number>()
  const overnight = new Set(pattern.shifts.filter(isOvernight).map((s) => s.key))
  const days: DutyDayPlan[] = []
  let previous = input.dayBefore
  for (const date of daysOfMonth(input.month)) {
    const rest = isRestDay(date, pattern.holidays)
    const tired = new Set(
      previous?.id === addDays(date, -1) ? [...overnight].flatMap((k) => previous?.shifts[k] ?? []) : [],
    )
    const free = (id: string, taken: Set<string>) => !taken.has(id) && !isAway(id, date, leaves)
    const taken = new Set<string>()
    const leaderId = pickBest(
      leaders.filter((id) => free(id, taken)),
      (id) => [counts.get(id)!.leads, rest ? counts.get(id)!.restDays : 0],
      random,
    )
    if (leaderId) {
      taken.add(leaderId)
      counts.get(leaderId)!.leads++
      if (rest) counts.get(leaderId)!.restDays++
    }
    const shifts: Record<string, string[]> = {}
    for (const shift of pattern.shifts) {
      shifts[shift.key] = []
      for (let n = 0; n < pattern.officersPerShift; n++) {
        const id = pickBest(
          officers.filter((o) => free(o, taken) && !tired.has(o)),
          (o) => [
            counts.get(o)!.shifts,
            overnight.has(shift.key) ? counts.get(o)!.nights : (perShift.get(`${o}|${shift.key}`) ?? 0),
            rest ? counts.get(o)!.restDays : 0,
          ],
          random,
        )
        if (!id) break
        taken.add(id)
        shifts[shift.key].push(id)
        const c = counts.get(id)!
        c.shifts++
        if (overnight.has(shift.key)) c.nights++
        if (rest) c.restDays++
        perShift.set(`${id}|${shift.key}`, (perShift.get(`${id}|${shift.key}`) ?? 0) + 1)
      }
    }
    const day: DutyDayPlan = leaderId ? { id: date, leaderId, shifts } : { id: date, shifts }
    days.push(day)
    previous = day
  }
  return days
}

/** The spread (largest minus smallest) of a count over a group of people: the fairness figure. */
export function spreadOf(
  days: readonly DutyDayPlan[],
  pattern: ShiftPattern,
  people: readonly string[],
  pick: (c: DutyCounts) => number,
): number {
  const counts = countDuty(days, pattern)
  const values = people.map((id) => pick(counts.get(id) ?? zeroCounts()))
  return values.length ? Math.max(...values) - Math.min(...values) : 0
}
