import type { Actor } from '@/domain/accounts/user'
import type { LocalDate } from '@/domain/common/entity'
import { ValidationError } from '@/domain/common/result'
import { isOutsideMeasure, readCheck, type CheckInput, type HealthCheck } from '@/domain/control/health-check'
import { needsCheckOn, type ControlMeasure } from '@/domain/control/measure'
import type { CommandPostDatabase } from '@/db/database'
import { checksOfVillage, saveCheck } from '@/db/repositories/control/health-check-repository'
import { getMeasure, getMeasures, measuresOfVillage } from '@/db/repositories/control/measure-repository'
import { controlHooks, type ControlHooks } from './control-hooks'

/** What recording a check did. `fever`: a reading ≥ 37.3 ℃ — the screen asks for a re-measurement. */
export interface CheckOutcome {
  check: HealthCheck
  fever: boolean
}

/**
 * Records a grid row for a measure and a day. Temperatures that are no body temperature (3.65, 365) refuse the
 * row with nothing written; a date outside the measure is kept and marked. After a fever commits, `onFever`
 * is told (the wartime log's seam, see control-hooks.ts).
 */
export async function recordCheck(
  db: CommandPostDatabase,
  input: CheckInput,
  actor: Actor,
  hooks: ControlHooks = controlHooks(),
): Promise<CheckOutcome> {
  const read = readCheck(input)
  if (read.problems.length) throw new ValidationError(read.problems)
  const measure = await getMeasure(db, input.measureId)
  if (!measure) throw new ValidationError([{ field: 'measureId', code: 'notFound' }])
  const check = await saveCheck(
    db,
    {
      measureId: input.measureId,
      date: input.date,
      morning: read.morning,
      afternoon: read.afternoon,
      recheck: read.recheck,
      // A copy: the screen hands in a reactive array, which IndexedDB cannot clone.
      symptoms: [...input.symptoms],
      status: input.status,
      checkedBy: input.checkedBy.trim(),
      outsideMeasure: isOutsideMeasure(measure, input.date),
      feverOn: read.fever ? input.date : undefined,
    },
    actor,
  )
  if (read.fever && hooks.onFever) {
    try {
      await hooks.onFever({ check, measure, db, actor })
    } catch {
      // The check is recorded; a listener's failure must not make the screen say otherwise.
    }
  }
  return { check, fever: read.fever }
}

/** One line of a village's daily grid: the measure, and the day's check when recorded. */
export interface GridRow {
  measure: ControlMeasure
  check?: HealthCheck
}

/**
 * A village's daily grid: everyone whose measure needs a check that day, plus anyone checked that day outside
 * their measure's dates (marked), in name order.
 */
export async function villageGrid(db: CommandPostDatabase, villageId: string, date: LocalDate): Promise<GridRow[]> {
  const [active, checks] = await Promise.all([
    measuresOfVillage(db, villageId, 'active'),
    checksOfVillage(db, villageId, date),
  ])
  const byMeasure = new Map(checks.map((c) => [c.measureId, c]))
  // A check of a released measure that day (recorded after the release) still shows, marked.
  const activeIds = new Set(active.map((m) => m.id))
  const released = await getMeasures(
    db,
    checks.map((c) => c.measureId).filter((id) => !activeIds.has(id)),
  )
  return [...active, ...released]
    .filter((m) => needsCheckOn(m, date) || byMeasure.has(m.id))
    .map((measure) => ({ measure, check: byMeasure.get(measure.id) }))
    .sort((a, b) => a.measure.personName.localeCompare(b.measure.personName, 'zh'))
}
