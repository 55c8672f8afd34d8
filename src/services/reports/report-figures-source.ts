import type { ReportFigures } from '@/domain/reports/daily-report'
import type { ReportPeriod } from '@/domain/reports/report-window'
import type { CommandPostDatabase } from '@/db/database'

/**
 * Where a report's pre-filled figures come from: the township's figures over the statistics window, and the table
 * by village. The report never counts anything itself; it asks this source (the shared figure definitions), so
 * the report, the board and the home screen say the same numbers.
 */
export type ReportFigureSource = (db: CommandPostDatabase, period: ReportPeriod, now: number) => Promise<ReportFigures>
