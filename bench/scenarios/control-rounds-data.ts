import type { LocalDate } from '@/domain/common/entity'
import { newId } from '@/domain/common/ids'
import {
  coverageId,
  type PoolTube,
  type RoundCoverage,
  type RoundSample,
  type RoundTarget,
  type TestingRound,
} from '@/domain/control/testing-round'

const STAMPS = { createdAt: 1, createdBy: 'usr_bench', updatedAt: 1, updatedBy: 'usr_bench' }
/** People per tube. */
export const POOL = 10

/** A round over `villages` with `people` to test, on `day`. */
export function benchRound(villages: string[], people: number, day: LocalDate): TestingRound {
  return {
    id: newId('rnd'),
    name: '基准全员核酸',
    from: day,
    to: day,
    villageIds: villages,
    points: villages.map((villageId, i) => ({ id: `p${i + 1}`, name: `采样点${i + 1}`, villageId })),
    poolSize: POOL,
    status: 'open',
    targetCount: people,
    tubeCount: 0,
    positiveTubes: 0,
    ...STAMPS,
  }
}

/** Register numbers `from` … `to` − 1: the first `sampled` of them in 10-in-1 tubes, the rest still to test. */
export function benchSlice(round: TestingRound, from: number, to: number, sampled: number) {
  const targets: RoundTarget[] = []
  const tubes: PoolTube[] = []
  const samples: RoundSample[] = []
  let tube: PoolTube | undefined
  for (let n = from; n < to; n++) {
    const villageId = round.villageIds[n % round.villageIds.length]
    const target: RoundTarget = {
      id: newId('rtg'),
      roundId: round.id,
      registerNo: n + 1,
      personId: `per_round_${n}`,
      name: `基准${n}`,
      documentNumber: `5118261990${String(n).padStart(8, '0')}`,
      villageId,
    }
    if (n >= sampled) {
      targets.push({ ...target, pendingVillage: villageId })
      continue
    }
    if (!tube || tube.count === POOL) {
      tube = {
        id: newId('tub'),
        roundId: round.id,
        tubeNo: `B${String(n / POOL).padStart(7, '0')}`,
        pointId: 'p1',
        size: POOL,
        count: 0,
        closed: false,
        sampledOn: round.from,
        result: 'pending',
        resultOn: '',
        retestsOn: '',
        retestIds: [],
        ...STAMPS,
      }
      tubes.push(tube)
    }
    tube.count++
    tube.closed = tube.count === POOL
    const position = tube.count
    targets.push({ ...target, sampledOn: round.from, tubeNo: tube.tubeNo, position })
    samples.push({
      id: newId('smp'),
      roundId: round.id,
      tubeId: tube.id,
      tubeNo: tube.tubeNo,
      position,
      targetId: target.id,
      personId: target.personId,
      name: target.name,
      villageId,
      pointId: 'p1',
      sampledOn: round.from,
      ...STAMPS,
    })
  }
  return { targets, tubes, samples }
}

/** The coverage counters of a round whose first `sampled` of `people` register numbers were sampled. */
export function benchCoverage(round: TestingRound, people: number, sampled: number): RoundCoverage[] {
  return round.villageIds.map((villageId, v) => {
    const count = (n: number) => Math.floor(n / round.villageIds.length) + (v < n % round.villageIds.length ? 1 : 0)
    return {
      id: coverageId(round.id, villageId),
      roundId: round.id,
      villageId,
      targets: count(people),
      sampled: count(sampled),
    }
  })
}
