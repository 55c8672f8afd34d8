import type { Instant, LocalDate, Stamped } from '../common/entity'
import type { EpisodeKind } from '../person/person'
import type { DayCounting, MeasureType } from './rule-pack'

/** 下达方式: how the order was given. */
export type OrderMode = 'written' | 'verbal' | 'phone'

/** 解除原因 */
export type ReleaseReason = 'completed' | 'negative-results' | 'transferred' | 'left-area'

/** One stretch of a measure on the calendar (both ends included); a centralized one names its site and room. */
export interface MeasureSegment {
  type: MeasureType
  from: LocalDate
  to: LocalDate
  siteId: string
  roomId: string
}

/** What happened to a measure, kept in order on the record itself (the audit log has the same lines). */
export interface MeasureChange {
  at: Instant
  by: string
  /** `repack`: a leader applied a newer rule pack's dates (the detail names the pack and version). */
  kind: 'start' | 'extend' | 'shorten' | 'transfer' | 'release' | 'repack'
  /** The day it takes effect. */
  date: LocalDate
  reason: string
  /** e.g. "计划解除 2022-07-10 → 2022-07-13", "集中隔离 → 居家健康监测，转运 14:30". */
  detail: string
}

/**
 * 管控措施: a person under control for one episode, as a rule pack computed it (pack id and version recorded,
 * so a later pack never silently changes it) and as the command post then changed it.
 */
export interface ControlMeasure extends Stamped {
  /** `msr_<ulid>` */
  id: string
  personId: string
  episodeId: string
  /** Copied from the person at start, for the village grid and lists. */
  villageId: string
  personName: string
  category: EpisodeKind
  packId: string
  packVersion: number
  packName: string
  dayCounting: DayCounting
  /** The exposure (contact) or arrival day the pack counts from. */
  anchorDate: LocalDate
  startDate: LocalDate
  segments: MeasureSegment[]
  plannedEnd: LocalDate
  testDates: LocalDate[]
  orderMode: OrderMode
  /** 责任人: names as the order gives them. */
  responsible: string
  status: 'active' | 'released'
  releasedOn: LocalDate
  releaseReason: ReleaseReason | ''
  /** The room the person occupies now ('' when not in a site). */
  siteId: string
  roomId: string
  /** The last day a health check saw the person ('' when never). */
  lastSeenOn: LocalDate
  history: MeasureChange[]
}

/** The segment covering a date, or undefined before the start and after the end. */
export function segmentOn(measure: Pick<ControlMeasure, 'segments'>, date: LocalDate): MeasureSegment | undefined {
  return measure.segments.find((s) => s.from <= date && date <= s.to)
}

/** The type in force on a date: the covering segment's, else the last one's after the end, the first one's before. */
export function typeOn(measure: Pick<ControlMeasure, 'segments'>, date: LocalDate): MeasureType {
  const covering = segmentOn(measure, date)
  if (covering) return covering.type
  const last = measure.segments[measure.segments.length - 1]
  return date > last.to ? last.type : measure.segments[0].type
}

/** Types the village grid checks twice a day (self monitoring reports itself; a hospital monitors its patients). */
export const CHECKED_TYPES: readonly MeasureType[] = ['centralized', 'home-quarantine', 'home-monitoring']

/** True when the person is to be checked by the grid on that date (an active measure, a checked type). */
export function needsCheckOn(measure: ControlMeasure, date: LocalDate): boolean {
  return (
    measure.status === 'active' &&
    measure.startDate <= date &&
    date <= measure.plannedEnd &&
    CHECKED_TYPES.includes(typeOn(measure, date))
  )
}
