import type { LocalDate } from '../common/entity'
import type { EpisodeKind } from '../person/person'
import { plusDays } from './calendar'
import type { DayCounting, MeasureType, RulePack } from './rule-pack'

/** One planned stretch of a measure on the calendar, both ends included. */
export interface PlannedSegment {
  type: MeasureType
  from: LocalDate
  to: LocalDate
}

/** What a pack prescribes for one person counted from their exposure or arrival day. */
export interface Schedule {
  segments: PlannedSegment[]
  /** The last day of the last segment: 解除 is due the day after, once the release condition holds. */
  plannedEnd: LocalDate
  /** 核酸检测日, in order. */
  testDates: LocalDate[]
  dayCounting: DayCounting
}

/** The calendar date of day `n` (1 = the first day under the measure) counted from the anchor day. */
export function dateOfDay(anchor: LocalDate, n: number, counting: DayCounting): LocalDate {
  return plusDays(anchor, counting === 'day-0' ? n : n - 1)
}

/**
 * The schedule a pack gives a person category, counted from `anchor` (last exposure for a contact, arrival for
 * a traveller) under the pack's day-counting convention, or under `counting` when given. Undefined when the
 * pack names no measure for the category.
 */
export function scheduleFor(
  pack: RulePack,
  category: EpisodeKind,
  anchor: LocalDate,
  counting: DayCounting = pack.dayCounting,
): Schedule | undefined {
  const rule = pack.categories[category]
  if (!rule) return undefined
  const segments: PlannedSegment[] = []
  const testDates: LocalDate[] = []
  let before = 0
  for (const segment of rule.segments) {
    segments.push({
      type: segment.type,
      from: dateOfDay(anchor, before + 1, counting),
      to: dateOfDay(anchor, before + segment.days, counting),
    })
    for (const day of [...segment.testDays].sort((a, b) => a - b))
      testDates.push(dateOfDay(anchor, before + day, counting))
    before += segment.days
  }
  return { segments, plannedEnd: segments[segments.length - 1].to, testDates, dayCounting: counting }
}
