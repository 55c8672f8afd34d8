import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import type { TestingRound } from '@/domain/control/testing-round'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import {
  createRound,
  findTarget,
  registeredPeopleOf,
  roundCoverage,
  unsampledPage,
} from '@/db/repositories/control/round-repository'
import { recordSample, samplesOfTube, tubesPage } from '@/db/repositories/control/tube-repository'
import { createPersonWithEpisode, setPersonRetired } from '@/db/repositories/person-repository'
import { episodeFields, personFields, residentId } from '../../../../fixtures/people'

const CLERK: Actor = { id: 'usr_clerk', name: '李文书' }
let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})
afterEach(async () => {
  await db.delete()
})

const people = (village: string, n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({
    personId: `per_${village}${i + from}`,
    name: `${village}${i + from}`,
    documentNumber: residentId(
      '19900307',
      String(101 + 2 * (i + from)).padStart(3, '0'),
      village === 'a' ? '511826' : '511827',
    ),
    villageId: `vil_${village}`,
  }))

async function round(poolSize = 3): Promise<TestingRound> {
  return createRound(
    db,
    {
      name: '第一轮',
      from: '2022-11-20',
      to: '2022-11-21',
      villageIds: ['vil_a', 'vil_b'],
      points: [{ id: 'p1', name: '村委会', villageId: 'vil_a' }],
      poolSize,
      status: 'open',
    },
    [...people('a', 4), ...people('b', 2)],
    CLERK,
  )
}

const scan = (
  r: TestingRound,
  tubeNo: string,
  person: { registerNo: number } | { documentNumber: string },
  position?: number,
) => recordSample(db, { round: r, tubeNo, person, position, pointId: 'p1', sampledOn: '2022-11-20' }, CLERK)

describe('testing rounds', () => {
  it('numbers the people 1… and keeps a coverage row per village, with an audit line', async () => {
    const r = await round()
    expect(r.targetCount).toBe(6)
    expect((await findTarget(db, r.id, { registerNo: 5 }))?.name).toBe('b0')
    const coverage = await roundCoverage(db, r.id)
    expect(coverage.map((c) => [c.villageId, c.targets, c.sampled])).toEqual([
      ['vil_a', 4, 0],
      ['vil_b', 2, 0],
    ])
    expect((await db.audit.toArray()).map((a) => [a.entity, a.summary])).toEqual([
      ['testingRound', '第一轮 · 应检 6 人'],
    ])
  })

  it('records swabs by register or ID number, closes a full tube, and moves the village counter', async () => {
    const r = await round(3)
    await scan(r, 'T1', { registerNo: 1 })
    await scan(r, 'T1', { documentNumber: people('a', 4)[1].documentNumber })
    const { tube } = await scan(r, 'T1', { registerNo: 5 })
    expect(tube).toMatchObject({ count: 3, closed: true })
    expect((await samplesOfTube(db, tube.id)).map((s) => [s.position, s.name])).toEqual([
      [1, 'a0'],
      [2, 'a1'],
      [3, 'b0'],
    ])
    expect((await roundCoverage(db, r.id)).map((c) => c.sampled)).toEqual([2, 1])
    expect((await db.testingRounds.get(r.id))?.tubeCount).toBe(1)
    expect(await db.audit.where('entity').equals('roundSample').count()).toBe(3)
  })

  it('refuses a person twice in a round and two people in one position, writing nothing', async () => {
    const r = await round(3)
    await scan(r, 'T1', { registerNo: 1 })
    const twice = await scan(r, 'T2', { registerNo: 1 }).catch((e: ValidationError) => e)
    expect(twice).toBeInstanceOf(ValidationError)
    expect((twice as ValidationError).problems[0]).toMatchObject({
      code: 'round.alreadySampled',
      params: { name: 'a0', tubeNo: 'T1', position: 1 },
    })
    const taken = await scan(r, 'T1', { registerNo: 2 }, 1).catch((e: ValidationError) => e)
    expect((taken as ValidationError).problems[0]).toMatchObject({
      code: 'round.positionTaken',
      params: { name: 'a0' },
    })
    const stranger = await scan(r, 'T1', { registerNo: 99 }).catch((e: ValidationError) => e)
    expect((stranger as ValidationError).problems[0].code).toBe('round.notInRound')
    expect(await db.roundSamples.count()).toBe(1)
    expect(await db.poolTubes.count()).toBe(1)
    expect((await roundCoverage(db, r.id)).map((c) => c.sampled)).toEqual([1, 0])
  })

  it('lists who is left (应检尽检) by village, a page at a time, with the total from the counters', async () => {
    const r = await round(3)
    await scan(r, 'T1', { registerNo: 2 })
    const a = await unsampledPage(db, r.id, 'vil_a', 1, 2)
    expect(a.items.map((t) => t.name)).toEqual(['a0', 'a2'])
    expect(a.total).toBe(3)
    expect((await unsampledPage(db, r.id, 'vil_a', 2, 2)).items.map((t) => t.name)).toEqual(['a3'])
    const all = await unsampledPage(db, r.id, undefined, 1, 20)
    expect(all.items.map((t) => t.name)).toEqual(['a0', 'a2', 'a3', 'b0', 'b1'])
    expect(all.total).toBe(5)
  })

  it('pages tubes by number and by result', async () => {
    const r = await round(1)
    for (const [no, reg] of [
      ['T3', 1],
      ['T1', 2],
      ['T2', 3],
    ] as const)
      await scan(r, no, { registerNo: reg })
    expect((await tubesPage(db, r.id, undefined, 1, 2)).map((t) => t.tubeNo)).toEqual(['T1', 'T2'])
    expect((await tubesPage(db, r.id, 'pending', 1, 20)).length).toBe(3)
    expect(await tubesPage(db, r.id, 'positive', 1, 20)).toEqual([])
  })
})

describe('the people a round must test', () => {
  it('are the listed people of its villages, not the retired ones', async () => {
    const kept = await createPersonWithEpisode(
      db,
      personFields({ name: '王甲', villageId: 'vil_a' }),
      episodeFields(),
      CLERK,
    )
    const gone = await createPersonWithEpisode(
      db,
      personFields({ name: '王乙', villageId: 'vil_a', documentNumber: residentId('19900307', '125') }),
      episodeFields(),
      CLERK,
    )
    await createPersonWithEpisode(
      db,
      personFields({ name: '王丙', villageId: 'vil_c', documentNumber: residentId('19900307', '127') }),
      episodeFields(),
      CLERK,
    )
    await setPersonRetired(db, gone.person.id, { reason: '重复登记' }, CLERK)
    const targets = await registeredPeopleOf(db, ['vil_a'])
    expect(targets.map((t) => [t.personId, t.name, t.villageId])).toEqual([[kept.person.id, '王甲', 'vil_a']])
  })
})
