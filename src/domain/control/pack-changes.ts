import type { Instant, LocalDate } from '../common/entity'
import type { ControlMeasure } from './measure'
import type { RulePack } from './rule-pack'
import { scheduleFor } from './schedule'

/** What a pack would change in one running measure: its planned end and its test days, before and after. */
export interface PackChange {
  measure: ControlMeasure
  plannedEnd: { before: LocalDate; after: LocalDate }
  testDates: { before: LocalDate[]; after: LocalDate[] }
}

/**
 * 新规则包影响的措施: the active measures whose planned end or test days would differ if `pack` computed them
 * (from the same anchor day, under the pack's day-counting convention). Measures already computed by this pack
 * version, of a category the pack does not name, or whose new end would come before their start, are left out.
 */
export function packChanges(measures: readonly ControlMeasure[], pack: RulePack): PackChange[] {
  const changes: PackChange[] = []
  for (const measure of measures) {
    if (measure.status !== 'active') continue
    if (measure.packId === pack.id && measure.packVersion === pack.version) continue
    const schedule = scheduleFor(pack, measure.category, measure.anchorDate)
    if (!schedule || schedule.plannedEnd < measure.startDate) continue
    const after = schedule.testDates.filter((d) => d >= measure.startDate)
    if (schedule.plannedEnd === measure.plannedEnd && after.join() === measure.testDates.join()) continue
    changes.push({
      measure,
      plannedEnd: { before: measure.plannedEnd, after: schedule.plannedEnd },
      testDates: { before: measure.testDates, after },
    })
  }
  return changes.sort((a, b) => a.plannedEnd.after.localeCompare(b.plannedEnd.after))
}

/**
 * The measure after a leader applied a pack's change: the new planned end (the last segment moved, as an
 * extension or shortening does), the new test days, the pack's id, version and convention recorded, and a
 * history line naming the pack version. Segment types, sites and rooms stay as they are.
 */
export function applyPackChange(change: PackChange, pack: RulePack, by: { at: Instant; name: string }): ControlMeasure {
  const { measure } = change
  const end = change.plannedEnd.after
  const segments = measure.segments.filter((s) => s.from <= end).map((s) => ({ ...s }))
  segments[segments.length - 1].to = end
  const detail = `${pack.name}（${pack.id} v${pack.version}）：计划解除 ${change.plannedEnd.before} → ${end}；检测日 ${change.testDates.after.join('、') || '无'}`
  return {
    ...measure,
    segments,
    plannedEnd: end,
    testDates: change.testDates.after,
    packId: pack.id,
    packVersion: pack.version,
    packName: pack.name,
    dayCounting: pack.dayCounting,
    history: [...measure.history, { at: by.at, by: by.name, kind: 'repack', date: end, reason: '', detail }],
  }
}
