import type { Instant, Stamped } from '../common/entity'

/**
 * The daily report's statistics window and deadline, e.g. 前日11:00–当日11:00, due 11:30.
 * Times are `HH:mm` in local time; the window ends on the report day and starts the day before.
 */
export interface ReportWindow {
  /** Start of the window on the previous day, `HH:mm`. */
  startTime: string
  /** End of the window on the report day, `HH:mm`. */
  endTime: string
  /** Submission deadline on the report day, `HH:mm`. */
  deadline: string
}

/** 乡镇: the township this command post serves. Stored once, as the settings singleton. */
export interface Township extends Stamped {
  id: 'township'
  name: string
  /** 12-digit 统计用区划代码 of the township, village part `000`. Always text. */
  code: string
  countyName: string
  reportWindow: ReportWindow
  /** Minutes of inactivity before the screen locks; 0 never locks. */
  idleLockMinutes: number
  /** Set when the township was created from the demo generator. */
  demo?: boolean
  setupCompletedAt: Instant
}

/** The fields a user types into the setup wizard or the settings page. */
export type TownshipInput = Pick<Township, 'name' | 'code' | 'countyName' | 'reportWindow' | 'idleLockMinutes'>

/** The usual window: 前日11:00–当日11:00, due 11:30. */
export const DEFAULT_REPORT_WINDOW: ReportWindow = { startTime: '11:00', endTime: '11:00', deadline: '11:30' }

/** Default idle time before the shared PC locks. */
export const DEFAULT_IDLE_LOCK_MINUTES = 15
