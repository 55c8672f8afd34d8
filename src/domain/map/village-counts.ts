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
  /** Nucleic tests due that day (the measures' test days). */
  testsDue: number
  /** Tests due before that day that are still without a result (今日管控's overdue: open, due earlier). */
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
  testDates: LocalDate[]
}

/** What the counts are built from: rows read through indexes for the window (see the counts service). */
export interface CountSources {
  measures: readonly CountedMeasure[]
  /** Tests without a result yet (scheduled or pending): the village and the due day. */
  openTests: readonly { villageId: string; dueOn: LocalDate }[]
  /** Positive results: the village and the sampling day. */
  positives: readonly { villageId: string; day: LocalDate }[]
  /** Fever checks: the village and the day (one per person and day). */
  fevers: readonly { villageId: string; date: LocalDate }[]
  /**
   * Registered people: the village, the episode kind (or `any`), the day of their latest episode, and how many
   * people (one when not given).
   */
  arrivals: readonly { villageId: string; kind: EpisodeKind | 'any'; day: LocalDate; count?: number }[]
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
 * on the days between its start and its end (planned, or the release day) under that day's type, and its test
 * days within them are tests due; a test still open now is overdue on every day after its due day (as 今日管控
 * counts overdue); fevers and positives on their day. One pass over each list.
 */
export function countVillages(sources: CountSources, first: LocalDate, last: LocalDate): CountsByDay {
  const days = daysBetween(first, last)
  const counts: CountsByDay = new Map(days.map((d) => [d, new Map()]))
  // Days by position, so a measure's stretch is walked by index rather than by date arithmetic.
  const position = new Map(days.map((d, i) => [d, i]))
  const indexOf = (day: LocalDate) => (day <= first ? 0 : day > last ? days.length : position.get(day)!)
  for (const m of sources.measures) {
    const end = measureEnd(m)
    const to = end >= last ? days.length - 1 : end < first ? -1 : indexOf(end)
    for (let i = indexOf(m.startDate); i <= to; i++) {
      const day = days[i]
      const type = m.segments.find((s) => s.from <= day && day <= s.to)?.type
      const village = type && at(counts, day, m.villageId)
      if (!village) continue
      const key = `${m.category}|${type}`
      village.control[key] = (village.control[key] ?? 0) + 1
    }
    for (const day of m.testDates) {
      const village = day >= m.startDate && day <= end ? at(counts, day, m.villageId) : undefined
      if (village) village.testsDue++
    }
  }
  for (const t of sources.openTests) {
    for (let i = t.dueOn < first ? 0 : indexOf(t.dueOn) + 1; i < days.length; i++) {
      const village = at(counts, days[i], t.villageId)
      if (village) village.testsOverdue++
    }
  }
  for (const p of sources.positives) {
    const village = at(counts, p.day, p.villageId)
    if (village) village.positives++
  }
  for (const f of sources.fevers) {
    const village = at(counts, f.date, f.villageId)
    if (village) village.fevers++
  }
  for (const a of sources.arrivals) {
    const village = at(counts, a.day, a.villageId)
    if (village) village.arrivals[a.kind] = (village.arrivals[a.kind] ?? 0) + (a.count ?? 1)
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
