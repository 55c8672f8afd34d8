import type { LocalDate } from '../common/entity'
import { formatDate } from '../person/dates'

const DAY_MS = 86_400_000

function utc(date: LocalDate): number {
  const [y, m, d] = date.split('-').map(Number)
  return Date.UTC(y, m - 1, d)
}

/** `date` plus `days` (negative: earlier) on the calendar. */
export function plusDays(date: LocalDate, days: number): LocalDate {
  const moved = new Date(utc(date) + days * DAY_MS)
  return formatDate(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate())
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS)
}
