import { utils, write } from '@e965/xlsx'
import { daysOfMonth, isRestDay, weekdayOf } from '@/domain/duty/calendar'
import type { DutyStaff } from '@/domain/duty/staff'
import type { RosterMonth } from './roster-service'

const WEEKDAYS = '日一二三四五六'

/** The month as rows of text: a header, then one row per day (date, weekday, leader, each shift's officers). */
export function rosterSheetRows(month: RosterMonth): string[][] {
  const byId = new Map<string, DutyStaff>(month.staff.map((s) => [s.id, s]))
  const who = (id: string | undefined) => {
    const s = id ? byId.get(id) : undefined
    return s ? `${s.name} ${s.phone}` : ''
  }
  const header = ['日期', '星期', '带班领导', ...month.pattern.shifts.map((s) => `${s.name}（${s.start}–${s.end}）`)]
  const days = new Map(month.days.map((d) => [d.id, d]))
  const rows = daysOfMonth(month.month).map((date) => {
    const day = days.get(date)
    const rest = isRestDay(date, month.pattern.holidays) ? '（休）' : ''
    return [
      date,
      `星期${WEEKDAYS[weekdayOf(date)]}${rest}`,
      who(day?.leaderId),
      ...month.pattern.shifts.map((s) => (day?.shifts[s.key] ?? []).map(who).join('、')),
    ]
  })
  return [header, ...rows]
}

/** Per-person counts as rows: name, position, phone, shifts, nights, weekend/holiday, leader days. */
export function countSheetRows(month: RosterMonth): (string | number)[][] {
  const rows = month.staff
    .filter((s) => s.retiredAt === undefined)
    .map((s) => {
      const c = month.counts.get(s.id)
      return [s.name, s.position, s.phone, c?.shifts ?? 0, c?.nights ?? 0, c?.restDays ?? 0, c?.leads ?? 0]
    })
  return [['姓名', '职务', '电话', '班次', '夜班', '周末/节假日', '带班'], ...rows]
}

/** `芦阳镇值班表-2026-11.xlsx` with the roster and the per-person counts as two sheets. */
export function rosterWorkbook(month: RosterMonth, townshipName: string): { fileName: string; bytes: Uint8Array } {
  const workbook = utils.book_new()
  const roster = utils.aoa_to_sheet([[`${townshipName}${month.month}值班表`], ...rosterSheetRows(month)])
  roster['!cols'] = [{ wch: 12 }, { wch: 10 }, { wch: 22 }, ...month.pattern.shifts.map(() => ({ wch: 30 }))]
  utils.book_append_sheet(workbook, roster, '值班表')
  utils.book_append_sheet(workbook, utils.aoa_to_sheet(countSheetRows(month)), '个人统计')
  const bytes = write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer
  return { fileName: `${townshipName}值班表-${month.month}.xlsx`, bytes: new Uint8Array(bytes) }
}
