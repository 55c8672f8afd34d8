import { daysOfMonth, monthOf } from '@/domain/duty/calendar'
import { mobileNumber, personName } from '@/domain/demo/names'
import { createRandom } from '@/domain/demo/random'
import { localToday } from '@/domain/person/dates'
import { generateRoster } from '@/services/duty/roster-service'
import { saveStaff } from '@/services/duty/staff-service'
import { roundMs, testId, timed, type ScenarioSet } from './scenario'

/** The size: 60 staff (10 who can lead, 50 officers), a 31-day month. */
const LEADERS = 10
const OFFICERS = 50
const RUNS = 5

/** A 31-day month: December of this year, or this month when it has 31 days (then the probe's month too). */
function longMonth(): string {
  const current = monthOf(localToday())
  return daysOfMonth(current).length === 31 ? current : `${current.slice(0, 4)}-12`
}

/**
 * `duty.roster.generate`: generateRoster for 31 days and 60 staff, through the service as the button runs it
 * (read staff, pattern and leave; generate; replace the month in one transaction; read it back with conflicts
 * and counts); median of 5. `duty.month.render` (UI): click 值班 in the sidebar until every day of this month's
 * table is laid out.
 */
export const dutyScenarios: ScenarioSet = {
  area: 'duty',
  async seed({ db, actor }) {
    const random = createRandom('bench/duty')
    for (let i = 0; i < LEADERS + OFFICERS; i++) {
      const input = {
        name: personName(random),
        position: i < LEADERS ? '镇领导' : '干部',
        unit: '党政办',
        phone: mobileNumber(random),
        canLead: i < LEADERS,
      }
      await saveStaff(db, undefined, input, actor)
    }
    const month = longMonth()
    const times: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const { result, ms } = await timed(() => generateRoster(db, month, run, actor))
      if (result.days.length !== 31 || result.conflicts.length) throw new Error(`duty bench month ${month} is wrong`)
      times.push(ms)
    }
    const current = monthOf(localToday())
    if (current !== month) await generateRoster(db, current, 1, actor)
    const rows = `${testId('roster-table')} tbody tr`
    return {
      figures: [
        { name: 'duty.roster.generate', value: roundMs(times.sort((a, b) => a - b)[2]), unit: 'ms', target: 1000 },
      ],
      probes: [
        {
          name: 'duty.month.render',
          target: 300,
          runs: RUNS,
          reportMax: true,
          before: [{ action: { click: testId('nav-/') }, until: { selector: testId('duty-home-card'), count: 1 } }],
          measure: {
            action: { click: testId('nav-/duty') },
            until: { selector: rows, count: daysOfMonth(current).length },
          },
        },
      ],
    }
  },
}
