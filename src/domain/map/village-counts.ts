import type { LocalDate } from '../common/entity'
import type { MeasureType } from '../control/rule-pack'
import type { EpisodeKind } from '../person/person'
import { addDays } from './replay'

/** What the registers say about one village on one day (the map's hover, its replay and the suggestion rules). */
export interface VillageDayCounts {
  /** People under a measure that day, keyed `<category>|<measure type>` (e.g. `close-contact|home-quarantine`). */
  control: Record<string, number>
  /** People with a reading ≥ 37.3 ℃ that day. */
  fevers: number
  /** Nucleic tests due that day. */
  testsDue: number
  /** Tests due before that day and not yet sampled by it (未检 included). */
  testsOverdue: number
  /** Positive results sampled that day. */
  positives: number
  /** People registered that day, by episode kind or `any` (only what a rule asks about). */
  arrivals: Partial<Record<EpisodeKind | 'any', number>>
}

/** Every village's counts on one day, and on every day of a window. */
export type DayCounts = Map<string, VillageDayCounts>
export type CountsByDay = Map<LocalDate, DayCounts>

/** A measure as the counts read it. */
export interface CountedMeasure {
  villageId: string
  category: EpisodeKind
  startDate: LocalDate
  plannedEnd: LocalDate
  status: 'active' | 'released'
  releasedOn: LocalDate
  segments: { type: MeasureType; from: LocalDate; to: LocalDate }[]
}

/** A test as the counts read it. */
export interface CountedTest {
  villageId: string
  dueOn: LocalDate
  result: 'scheduled' | 'pending' | 'negative' | 'positive' | 'not-done'
  sampledOn: LocalDate
}

/** What the counts are built from: rows read through indexes for the window (see the counts service). */
export interface CountSources {
  measures: readonly CountedMeasure[]
  tests: readonly CountedTest[]
  /** Fever checks: the village and the day (one per person and day). */
  fevers: readonly { villageId: string; date: LocalDate }[]
  /** Registered people: the village, the episode kind (or `any`) and the day of their latest episode. */
  arrivals: readonly { villageId: string; kind: EpisodeKind | 'any'; day: LocalDate }[]
}

/** Counts of a village with nothing in the registers. */
export function emptyCounts(): VillageDayCounts {
  return { control: {}, fevers: 0, testsDue: 0, testsOverdue: 0, positives: 0, arrivals: {} }
}

/** The days from `first` to `last`, both included. */
export function daysBetween(first: LocalDate, last: LocalDate): LocalDate[] {
  const days: LocalDate[] = []
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day)
  return days
}

function at(counts: CountsByDay, day: LocalDate, villageId: string): VillageDayCounts | undefined {
  const byVillage = counts.get(day)
  if (!byVillage) return undefined
  let village = byVillage.get(villageId)
  if (!village) byVillage.set(villageId, (village = emptyCounts()))
  return village
}

/** The last day a measure holds someone: its planned end, or the release day when released earlier. */
export function measureEnd(measure: CountedMeasure): LocalDate {
  return measure.status === 'released' && measure.releasedOn && measure.releasedOn < measure.plannedEnd
    ? measure.releasedOn
    : measure.plannedEnd
}

/**
 * Every village's counts on each day from `first` to `last`, as the registers show them now: a measure counts
 * on the days between its start and its end (planned, or the release day) under that day's type; a test is due on
 * its due day and overdue on each later day until it was sampled (an open or 未检 test stays overdue up to `last`,
 * but not longer than 14 days); fevers and positives on their day. One pass over each list.
 */
export function countVillages(sources: CountSources, first: LocalDate, last: LocalDate): CountsByDay {
  const counts: CountsByDay = new Map(daysBetween(first, last).map((d) => [d, new Map()]))
  for (const m of sources.measures) {
    const from = m.startDate > first ? m.startDate : first
    const end = measureEnd(m)
    const to = end < last ? end : last
    for (let day = from; day <= to; day = addDays(day, 1)) {
      const type = m.segments.find((s) => s.from <= day && day <= s.to)?.type
      const village = type && at(counts, day, m.villageId)
      if (!village) continue
      const key = `${m.category}|${type}`
      village.control[key] = (village.control[key] ?? 0) + 1
    }
  }
  for (const t of sources.tests) {
    const due = at(counts, t.dueOn, t.villageId)
    if (due) due.testsDue++
    if (t.result === 'positive') {
      const positive = at(counts, t.sampledOn || t.dueOn, t.villageId)
      if (positive) positive.positives++
    }
    // Overdue from the day after it was due until the day it was sampled (not included), at most 14 days.
    const sampled = t.result === 'scheduled' || t.result === 'not-done' ? '' : t.sampledOn
    const stop = addDays(t.dueOn, 14)
    for (
      let day = addDays(t.dueOn, 1);
      day <= last && day <= stop && (!sampled || day < sampled);
      day = addDays(day, 1)
    ) {
      const village = day >= first ? at(counts, day, t.villageId) : undefined
      if (village) village.testsOverdue++
    }
  }
  for (const f of sources.fevers) {
    const village = at(counts, f.date, f.villageId)
    if (village) village.fevers++
  }
  for (const a of sources.arrivals) {
    const village = at(counts, a.day, a.villageId)
    if (village) village.arrivals[a.kind] = (village.arrivals[a.kind] ?? 0) + 1
  }
  return counts
}

/** The counts of one village on one day (zeros when the registers have nothing). */
export function countsOf(counts: CountsByDay, day: LocalDate, villageId: string): VillageDayCounts {
  return counts.get(day)?.get(villageId) ?? emptyCounts()
}

/** People under each measure type, summed over categories (the hover's line). */
export function controlByType(counts: VillageDayCounts): Partial<Record<MeasureType, number>> {
  const byType: Partial<Record<MeasureType, number>> = {}
  for (const [key, n] of Object.entries(counts.control)) {
    const type = key.slice(key.indexOf('|') + 1) as MeasureType
    byType[type] = (byType[type] ?? 0) + n
  }
  return byType
}

/** A village's total of one figure over the `days` days ending with `day` (e.g. positives in the last 7 days). */
export function sumOver(
  counts: CountsByDay,
  villageId: string,
  day: LocalDate,
  days: number,
  pick: (c: VillageDayCounts) => number,
): number {
  let total = 0
  for (let i = 0; i < days; i++) {
    const c = counts.get(addDays(day, -i))?.get(villageId)
    if (c) total += pick(c)
  }
  return total
}
