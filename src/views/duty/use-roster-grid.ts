import { computed, type Ref } from 'vue'
import { daysOfMonth, isRestDay, weekdayOf } from '@/domain/duty/calendar'
import type { DutyDay } from '@/domain/duty/roster'
import type { RosterConflict } from '@/domain/duty/roster-conflicts'
import type { DutyStaff } from '@/domain/duty/staff'
import type { RosterMonth } from '@/services/duty/roster-service'

/** One day of the month as the table and the calendar show it. */
export interface RosterRow {
  date: string
  dayOfMonth: number
  weekday: number
  rest: boolean
  day?: DutyDay
  /** Conflicts by cell: `leader` or a shift key. */
  conflicts: Map<string, RosterConflict[]>
}

/** The cell a conflict belongs to: the leader cell for a day-level or leader conflict, else its shift. */
export function cellOf(conflict: RosterConflict): string {
  return conflict.shiftKey ?? 'leader'
}

/** Rows of the month on show, with conflicts sorted into their cells, and the staff by id. */
export function useRosterGrid(roster: Ref<RosterMonth | null>) {
  const staffById = computed(() => new Map<string, DutyStaff>((roster.value?.staff ?? []).map((s) => [s.id, s])))
  const rows = computed<RosterRow[]>(() => {
    const month = roster.value
    if (!month) return []
    const days = new Map(month.days.map((d) => [d.id, d]))
    const conflicts = new Map<string, Map<string, RosterConflict[]>>()
    for (const c of month.conflicts) {
      const cells = conflicts.get(c.date) ?? new Map<string, RosterConflict[]>()
      cells.set(cellOf(c), [...(cells.get(cellOf(c)) ?? []), c])
      conflicts.set(c.date, cells)
    }
    return daysOfMonth(month.month).map((date) => ({
      date,
      dayOfMonth: Number(date.slice(8)),
      weekday: weekdayOf(date),
      rest: isRestDay(date, month.pattern.holidays),
      day: days.get(date),
      conflicts: conflicts.get(date) ?? new Map(),
    }))
  })
  const nameOf = (id: string | undefined) => (id ? (staffById.value.get(id)?.name ?? '?') : '')
  return { rows, staffById, nameOf }
}
