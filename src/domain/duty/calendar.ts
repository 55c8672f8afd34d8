import type { LocalDate } from '../common/entity'

/** A month of the roster, `YYYY-MM`. */
export type MonthKey = string

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** The local date of a JS Date, `YYYY-MM-DD`. */
export function dateOf(at: Date): LocalDate {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
}

/** A local date as a Date at local midnight. */
export function midnightOf(date: LocalDate): Date {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(y, m - 1, d)
}

/** The day `days` after (or before, when negative) `date`; month and year ends and DST are handled by Date. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const at = midnightOf(date)
  at.setDate(at.getDate() + days)
  return dateOf(at)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((midnightOf(to).getTime() - midnightOf(from).getTime()) / 86_400_000)
}

/** Every day of a month, in order. */
export function daysOfMonth(month: MonthKey): LocalDate[] {
  const [y, m] = month.split('-').map(Number)
  const count = new Date(y, m, 0).getDate()
  return Array.from({ length: count }, (_, i) => `${y}-${pad(m)}-${pad(i + 1)}`)
}

/** The month a day falls in. */
export function monthOf(date: LocalDate): MonthKey {
  return date.slice(0, 7)
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: LocalDate): number {
  return midnightOf(date).getDay()
}

/** Saturday or Sunday, or a day in the list of holidays 节假日. */
export function isRestDay(date: LocalDate, holidays: readonly LocalDate[]): boolean {
  const weekday = weekdayOf(date)
  return weekday === 0 || weekday === 6 || holidays.includes(date)
}

/** True when `text` is a real `YYYY-MM` month. */
export function isMonthKey(text: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(text)
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12
}
