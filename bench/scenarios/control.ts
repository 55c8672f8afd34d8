import type { LocalDate } from '@/domain/common/entity'
import { newId } from '@/domain/common/ids'
import { plusDays } from '@/domain/control/calendar'
import type { HealthCheck } from '@/domain/control/health-check'
import type { ControlMeasure } from '@/domain/control/measure'
import { COVID_EDITION_8 } from '@/domain/control/national-packs'
import type { NucleicTest } from '@/domain/control/nucleic-test'
import { roomRange, type QuarantineSite } from '@/domain/control/site'
import { localToday } from '@/domain/person/dates'
import { villageGrid } from '@/services/control/health-check-service'
import { todayOverview } from '@/services/control/today-service'
import { coverageLines } from '@/domain/control/round-rules'
import { getRound, roundCoverage, unsampledPage } from '@/db/repositories/control/round-repository'
import { recordRoundSample } from '@/services/control/round-service'
import { benchCoverage, benchRound, benchSlice, POOL } from './control-rounds-data'
import { roundMs, timed, type Figure, type ScenarioSet } from './scenario'

/** People under a measure now. */
const ACTIVE = 5_000
/** Measures already released: with the active ones they hold about 1M daily checks. */
const RELEASED = 45_000
/** Days a released measure was checked. */
const RELEASED_DAYS = 21
const BATCH = 20_000
const RUNS = 9
const STAMPS = { createdAt: 1, createdBy: 'usr_bench', updatedAt: 1, updatedBy: 'usr_bench' }

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function measure(
  i: number,
  villageId: string,
  start: LocalDate,
  active: boolean,
  site: QuarantineSite,
): ControlMeasure {
  const end = plusDays(start, active ? 20 : RELEASED_DAYS - 1)
  const roomId = active && i < site.rooms.length ? site.rooms[i].id : ''
  return {
    id: newId('msr'),
    personId: `per_bench_${i}`,
    episodeId: `epi_bench_${i}`,
    villageId,
    personName: `基准${i}`,
    category: 'close-contact',
    packId: COVID_EDITION_8.id,
    packVersion: 1,
    packName: COVID_EDITION_8.name,
    dayCounting: 'day-0',
    anchorDate: plusDays(start, -1),
    startDate: start,
    segments: [{ type: 'centralized', from: start, to: end, siteId: roomId ? site.id : '', roomId }],
    plannedEnd: end,
    testDates: [start, plusDays(start, 3), plusDays(start, 6), plusDays(start, 13)],
    orderMode: 'written',
    responsible: '',
    status: active ? 'active' : 'released',
    releasedOn: active ? '' : end,
    releaseReason: active ? '' : 'completed',
    siteId: roomId ? site.id : '',
    roomId,
    lastSeenOn: '',
    history: [],
    ...STAMPS,
  }
}

function checksOf(m: ControlMeasure, until: LocalDate, out: HealthCheck[]): void {
  for (let day = m.startDate; day <= until && day <= m.plannedEnd; day = plusDays(day, 1)) {
    const fever = out.length % 997 === 0
    out.push({
      id: newId('hck'),
      measureId: m.id,
      personId: m.personId,
      villageId: m.villageId,
      date: day,
      morning: fever ? 37.8 : 36.5,
      afternoon: 36.6,
      symptoms: [],
      status: fever ? 'seen-not-ok' : 'seen-ok',
      checkedBy: '网格员',
      outsideMeasure: false,
      ...(fever ? { feverOn: day } : {}),
      ...STAMPS,
    })
    m.lastSeenOn = day
  }
}

function testsOf(m: ControlMeasure, today: LocalDate, out: NucleicTest[]): void {
  for (const dueOn of m.testDates) {
    const open = m.status === 'active' && dueOn >= plusDays(today, -1)
    out.push({
      id: newId('nat'),
      measureId: m.id,
      personId: m.personId,
      villageId: m.villageId,
      personName: m.personName,
      dueOn,
      result: open ? 'scheduled' : 'negative',
      sampledOn: open ? '' : dueOn,
      ...(open ? { openDue: dueOn } : {}),
      ...STAMPS,
    })
  }
}

/**
 * 5k people under measures now and 45k released ones, with ~1M daily checks and their tests, written in bulk;
 * then `control.today.screen` (the today overview) and `control.village.grid` (a village's grid for today),
 * each the median of 9 runs through the services the screens call.
 */
export const controlScenarios: ScenarioSet = {
  area: 'control',
  async seed({ db }) {
    const today = localToday()
    const stored = await db.villages.toArray()
    const villages = stored.length ? stored.map((v) => v.id) : Array.from({ length: 20 }, (_, i) => `vil_bench_${i}`)
    const site: QuarantineSite = {
      id: newId('sit'),
      name: '基准隔离点',
      address: '',
      contact: '',
      rooms: roomRange(1, 300, 1),
      ...STAMPS,
    }
    await db.sites.add(site)
    // Built and written a slice of measures at a time: 1M check objects at once would not fit in the page.
    let writeMs = 0
    let checkCount = 0
    for (let from = 0; from < ACTIVE + RELEASED; from += 2_000) {
      const measures: ControlMeasure[] = []
      const checks: HealthCheck[] = []
      const tests: NucleicTest[] = []
      for (let i = from; i < Math.min(from + 2_000, ACTIVE + RELEASED); i++) {
        const active = i < ACTIVE
        const start = active ? plusDays(today, -(i % 14)) : plusDays(today, -30 - (i % 300))
        const m = measure(i, villages[i % villages.length], start, active, site)
        checksOf(m, active ? plusDays(today, -1) : m.plannedEnd, checks)
        if (active && i % 13 === 0) m.lastSeenOn = plusDays(today, -4)
        testsOf(m, today, tests)
        measures.push(m)
      }
      checkCount += checks.length
      const write = await timed(async () => {
        await db.measures.bulkAdd(measures)
        for (let i = 0; i < checks.length; i += BATCH) await db.healthChecks.bulkAdd(checks.slice(i, i + BATCH))
        await db.nucleicTests.bulkAdd(tests)
      })
      writeMs += write.ms
    }

    await todayOverview(db, today, 2)
    const todayRuns: number[] = []
    for (let r = 0; r < RUNS; r++) {
      const { result, ms } = await timed(() => todayOverview(db, today, 2))
      if (result.activeCount < ACTIVE || result.testsDue.length === 0)
        throw new Error('control bench: today is empty')
      todayRuns.push(ms)
    }
    const gridRuns: number[] = []
    for (let r = 0; r < RUNS; r++) {
      const { result, ms } = await timed(() => villageGrid(db, villages[r % villages.length], plusDays(today, -1)))
      if (result.length === 0) throw new Error('control bench: a village grid is empty')
      gridRuns.push(ms)
    }
    const ms = (name: string, value: number, target: number | null): Figure => ({
      name,
      value: roundMs(value),
      unit: 'ms',
      target,
    })
    return {
      figures: [
        ms('control.seed.bulk', writeMs, null),
        { name: 'control.seed.checks', value: checkCount, unit: 'count', target: null },
        ms('control.today.screen', median(todayRuns), 300),
        ms('control.village.grid', median(gridRuns), 100),
      ],
      probes: [],
    }
  },
}

/** People of the bench round, and how many of them are already sampled (300k samples in 30k tubes). */
const ROUND_PEOPLE = 320_000
const ROUND_SAMPLED = 300_000

/**
 * A mass testing round of 320k people over 20 villages, 300k of them sampled in 10-in-1 tubes, written in bulk;
 * then `control.round.coverage` (the round and its per-village coverage, as the round screen reads them) and
 * `control.sample.record` (one scan through the service: a new tube, a person by register number), medians of 9.
 */
export const controlRoundScenarios: ScenarioSet = {
  area: 'control-rounds',
  async seed({ db, actor }) {
    const today = localToday()
    const villages = Array.from({ length: 20 }, (_, i) => `vil_round_${i}`)
    const round = benchRound(villages, ROUND_PEOPLE, today)
    round.tubeCount = ROUND_SAMPLED / POOL
    const { ms: seedMs } = await timed(async () => {
      await db.testingRounds.add(round)
      await db.roundCoverage.bulkAdd(benchCoverage(round, ROUND_PEOPLE, ROUND_SAMPLED))
      for (let from = 0; from < ROUND_PEOPLE; from += BATCH) {
        const slice = benchSlice(round, from, Math.min(from + BATCH, ROUND_PEOPLE), ROUND_SAMPLED)
        await db.roundTargets.bulkAdd(slice.targets)
        await db.poolTubes.bulkAdd(slice.tubes)
        await db.roundSamples.bulkAdd(slice.samples)
      }
    })
    const coverageRuns: number[] = []
    for (let r = 0; r < RUNS; r++) {
      const { result, ms } = await timed(async () => {
        const [stored, rows] = await Promise.all([getRound(db, round.id), roundCoverage(db, round.id)])
        return { stored, lines: coverageLines(rows) }
      })
      if (!result.stored || result.lines.total.sampled !== ROUND_SAMPLED) throw new Error('rounds bench: coverage')
      coverageRuns.push(ms)
    }
    const unsampledRuns: number[] = []
    for (let r = 0; r < RUNS; r++) {
      const { result, ms } = await timed(() => unsampledPage(db, round.id, villages[r], 1, 20))
      if (result.items.length !== 20) throw new Error('rounds bench: nobody left to sample')
      unsampledRuns.push(ms)
    }
    const sampleRuns: number[] = []
    for (let r = 0; r < RUNS; r++) {
      const scan = { tubeNo: `NEW${r}`, person: String(ROUND_SAMPLED + 1 + r), pointId: 'p1' }
      const { ms } = await timed(() => recordRoundSample(db, round.id, scan, actor, 'duty', today))
      sampleRuns.push(ms)
    }
    const ms = (name: string, value: number, target: number | null): Figure => ({
      name,
      value: roundMs(value),
      unit: 'ms',
      target,
    })
    return {
      figures: [
        ms('control.round.seed', seedMs, null),
        { name: 'control.round.samples', value: ROUND_SAMPLED, unit: 'count', target: null },
        ms('control.round.coverage', median(coverageRuns), 500),
        ms('control.round.unsampled', median(unsampledRuns), 100),
        ms('control.sample.record', median(sampleRuns), 30),
      ],
      probes: [],
    }
  },
}
