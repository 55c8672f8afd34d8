import type { LocalDate, Stamped } from '../common/entity'
import { newId } from '../common/ids'
import { plusDays } from '../control/calendar'
import {
  coverageId,
  type PoolTube,
  type RoundCoverage,
  type RoundSample,
  type RoundTarget,
  type TestingRound,
} from '../control/testing-round'
import { createRandom } from './random'

/** A registered demo person as the round generator needs them. */
export interface DemoRoundPerson {
  personId: string
  name: string
  documentNumber: string
  villageId: string
}

/** A mass testing round in progress, with everything its tables hold. */
export interface DemoRound {
  round: TestingRound
  targets: RoundTarget[]
  tubes: PoolTube[]
  samples: RoundSample[]
  coverage: RoundCoverage[]
}

const POOL = 10
const POINTS = ['村委会广场', '卫生室门口', '小学操场']

/**
 * 第二轮全员核酸, yesterday and today, over three villages: yesterday's tubes are closed with
 * results (all negative but one positive tube, whose people still need their individual re-tests: work for
 * today); today's sampling is under way (an open tube half full), and about a fifth of the people are left, so
 * the coverage and 应检尽检 screens have something in them. Deterministic for a given today.
 */
export function generateDemoRound(
  people: readonly DemoRoundPerson[],
  villageIds: readonly string[],
  today: LocalDate,
  stamps: Stamped,
): DemoRound {
  const random = createRandom(`demo/rounds/${today}`)
  const yesterday = plusDays(today, -1)
  const chosen = villageIds.slice(0, 3)
  const round: TestingRound = {
    id: newId('rnd'),
    name: '第二轮全员核酸检测',
    from: yesterday,
    to: today,
    villageIds: [...chosen],
    points: chosen.map((villageId, i) => ({ id: `p${i + 1}`, name: POINTS[i % POINTS.length], villageId })),
    poolSize: POOL,
    status: 'open',
    targetCount: 0,
    tubeCount: 0,
    positiveTubes: 0,
    ...stamps,
  }
  const targets: RoundTarget[] = people
    .filter((p) => chosen.includes(p.villageId))
    .sort((a, b) => chosen.indexOf(a.villageId) - chosen.indexOf(b.villageId))
    .map((p, i) => ({ ...p, id: newId('rtg'), roundId: round.id, registerNo: i + 1, pendingVillage: p.villageId }))
  const tubes: PoolTube[] = []
  const samples: RoundSample[] = []
  const sampled = targets.filter(() => random.chance(0.8))
  // A 10-in-1 tube per ten people in order; yesterday's first two thirds, today's the rest (the last one open).
  for (let from = 0; from < sampled.length; from += POOL) {
    const group = sampled.slice(from, from + POOL)
    const day = from < sampled.length * 0.65 ? yesterday : today
    const last = from + POOL >= sampled.length
    const point = round.points[chosen.indexOf(group[0].villageId)] ?? round.points[0]
    const tube: PoolTube = {
      id: newId('tub'),
      roundId: round.id,
      tubeNo: `SF${String(22110001 + tubes.length)}`,
      pointId: point.id,
      size: POOL,
      count: group.length,
      closed: !last || group.length === POOL,
      sampledOn: day,
      result: day === yesterday ? (tubes.length === 1 ? 'positive' : 'negative') : 'pending',
      resultOn: day === yesterday ? today : '',
      retestsOn: '',
      retestIds: [],
      ...stamps,
    }
    tubes.push(tube)
    for (const [i, target] of group.entries()) {
      samples.push({
        id: newId('smp'),
        roundId: round.id,
        tubeId: tube.id,
        tubeNo: tube.tubeNo,
        position: i + 1,
        targetId: target.id,
        personId: target.personId,
        name: target.name,
        villageId: target.villageId,
        pointId: tube.pointId,
        sampledOn: day,
        ...stamps,
      })
      delete target.pendingVillage
      Object.assign(target, { sampledOn: day, tubeNo: tube.tubeNo, position: i + 1 })
    }
  }
  const coverage = chosen.map((villageId) => ({
    id: coverageId(round.id, villageId),
    roundId: round.id,
    villageId,
    targets: targets.filter((t) => t.villageId === villageId).length,
    sampled: samples.filter((s) => s.villageId === villageId).length,
  }))
  round.targetCount = targets.length
  round.tubeCount = tubes.length
  round.positiveTubes = tubes.filter((t) => t.result === 'positive').length
  return { round, targets, tubes, samples, coverage }
}
