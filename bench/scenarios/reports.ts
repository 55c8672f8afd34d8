import { figurePlan } from '@/domain/figures/compute-figures'
import { windowOf } from '@/domain/figures/figure-window'
import { currentReportDate, reportPeriod } from '@/domain/reports/report-window'
import { DEFAULT_REPORT_WINDOW } from '@/domain/township/township'
import { reportFigures } from '@/services/reports/report-figures'
import { openReport } from '@/services/reports/report-service'
import { figureSourceTimings } from './figure-source-timings'
import { roundMs, timed, type ScenarioSet } from './scenario'

const RUNS = 5

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/**
 * The daily report's pre-fill over whatever the earlier sets seeded (people, the log, supplies, control measures
 * and their checks): `reports.figures` — the shared township and village figures of the window, worded for the
 * report (median of five); `reports.open` — starting the day's report once (figures, the window's log, the open
 * orders, the write and its audit line); `reports.source.*` and `reports.rows.*`, what the figures read, source by
 * source.
 */
export const reportsScenarios: ScenarioSet = {
  area: 'reports',
  async seed({ db, actor }) {
    const now = Date.now()
    const period = reportPeriod(currentReportDate(now), DEFAULT_REPORT_WINDOW)
    const times: number[] = []
    for (let i = 0; i < RUNS; i++) times.push((await timed(() => reportFigures(db, period, now))).ms)
    const open = await timed(() => openReport(db, actor, 'admin', period.reportDate, reportFigures))
    // What the figures read, source by source, and what splitting them by village reads (reports.source.*).
    const plan = figurePlan(windowOf(period.from, period.to), now)
    const sources = await figureSourceTimings(db, plan, 'reports', true)
    return {
      figures: [
        { name: 'reports.figures', value: roundMs(median(times)), unit: 'ms', target: 1000 },
        { name: 'reports.open', value: roundMs(open.ms), unit: 'ms', target: 2000 },
        ...sources,
      ],
      probes: [],
    }
  },
}
