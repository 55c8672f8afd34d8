import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import type { ValidationError } from '@/domain/common/result'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { createPersonWithEpisode } from '@/db/repositories/person-repository'
import { roundCoverage } from '@/db/repositories/control/round-repository'
import {
  createTestingRound,
  recordRoundSample,
  recordTubeResult,
  retestPositiveTube,
} from '@/services/control/round-service'
import { recordTestResult } from '@/services/control/test-service'
import { todayOverview } from '@/services/control/today-service'
import { episodeFields, personFields, residentId } from '../../../fixtures/people'

const DUTY: Actor = { id: 'usr_duty', name: '张值班' }
const TODAY = '2022-11-20'
let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
  for (let i = 0; i < 5; i++)
    await createPersonWithEpisode(
      db,
      personFields({
        name: `村民${i}`,
        villageId: i < 3 ? 'vil_a' : 'vil_b',
        documentNumber: residentId('19900307', String(101 + 2 * i)),
      }),
      episodeFields(),
      DUTY,
    )
})
afterEach(async () => {
  await db.delete()
})

const setUp = () =>
  createTestingRound(
    db,
    {
      name: ' 第一轮 ',
      from: TODAY,
      to: TODAY,
      villageIds: ['vil_a', 'vil_b'],
      points: [{ name: '村委会', villageId: '' }],
      poolSize: 2,
    },
    DUTY,
    'duty',
  )
const scan = (roundId: string, tubeNo: string, person: string, today = TODAY) =>
  recordRoundSample(db, roundId, { tubeNo, person, pointId: 'p1' }, DUTY, 'duty', today)
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: ValidationError) => e.problems.map((p) => p.code),
  )

describe('running a mass testing round', () => {
  it('sets up a round over the registered people of its villages', async () => {
    const round = await setUp()
    expect(round).toMatchObject({ name: '第一轮', targetCount: 5, points: [{ id: 'p1', name: '村委会' }] })
    expect((await roundCoverage(db, round.id)).map((c) => c.targets)).toEqual([3, 2])
  })

  it('refuses a bad set-up before writing anything', async () => {
    const bad = refusal(
      createTestingRound(
        db,
        { name: '', from: TODAY, to: TODAY, villageIds: [], points: [], poolSize: 30 },
        DUTY,
        'duty',
      ),
    )
    expect(await bad).toEqual(['required', 'round.noVillages', 'round.noPoints', 'round.poolSize'])
    expect(await db.testingRounds.count()).toBe(0)
  })

  it('normalises a typed tube number, and refuses a bad one, an empty person and a day before the round', async () => {
    const round = await setUp()
    const { sample } = await scan(round.id, ' t-001 ', '1')
    expect(sample).toMatchObject({ tubeNo: 'T-001', position: 1, name: '村民0' })
    expect(await refusal(scan(round.id, 'T#2', '2'))).toEqual(['round.tubeNo'])
    expect(await refusal(scan(round.id, 'T2', ' '))).toEqual(['round.personNumber'])
    expect(await refusal(scan(round.id, 'T2', '2', '2022-11-19'))).toEqual(['round.beforeStart'])
  })

  it('a positive tube gives its people individual re-tests that the today screen lists, once', async () => {
    const round = await setUp()
    await scan(round.id, 'T1', '1')
    const { tube } = await scan(round.id, 'T1', '4')
    expect(await refusal(retestPositiveTube(db, tube.id, TODAY, DUTY, 'duty'))).toEqual(['round.notPositive'])
    expect(await refusal(recordTubeResult(db, tube.id, 'positive', '2022-11-19', DUTY, 'duty', TODAY))).toEqual([
      'round.resultBeforeSampling',
    ])
    await recordTubeResult(db, tube.id, 'positive', TODAY, DUTY, 'duty', TODAY)
    expect((await db.testingRounds.get(round.id))?.positiveTubes).toBe(1)
    const made = await retestPositiveTube(db, tube.id, TODAY, DUTY, 'duty')
    expect(made.map((t) => [t.personName, t.measureId, t.retestOf])).toEqual([
      ['村民0', '', { roundId: round.id, tubeNo: 'T1' }],
      ['村民3', '', { roundId: round.id, tubeNo: 'T1' }],
    ])
    expect((await db.poolTubes.get(tube.id))?.retestIds).toEqual(made.map((t) => t.id))
    expect(await refusal(retestPositiveTube(db, tube.id, TODAY, DUTY, 'duty'))).toEqual(['round.retestsDone'])
    const today = await todayOverview(db, TODAY, 2)
    expect(today.testsDue.map((t) => t.personName).sort()).toEqual(['村民0', '村民3'])
    // A re-test under no measure takes its result like any other: not before it was due, not in the future.
    expect(await refusal(recordTestResult(db, made[0].id, 'negative', '2022-11-19', DUTY, 'duty', TODAY))).toEqual([
      'test.beforeStart',
    ])
    await recordTestResult(db, made[0].id, 'negative', TODAY, DUTY, 'duty', TODAY)
    expect((await todayOverview(db, TODAY, 2)).testsDue.map((t) => t.personName)).toEqual(['村民3'])
  })

  it('flips the positive count back when a tube result is corrected', async () => {
    const round = await setUp()
    const { tube } = await scan(round.id, 'T1', '1')
    await recordTubeResult(db, tube.id, 'positive', TODAY, DUTY, 'duty', TODAY)
    await recordTubeResult(db, tube.id, 'negative', TODAY, DUTY, 'duty', TODAY)
    expect((await db.testingRounds.get(round.id))?.positiveTubes).toBe(0)
  })
})
