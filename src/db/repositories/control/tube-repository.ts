import Dexie from 'dexie'
import type { Actor } from '@/domain/accounts/user'
import type { LocalDate } from '@/domain/common/entity'
import { newId } from '@/domain/common/ids'
import { ValidationError } from '@/domain/common/result'
import { placeInTube, type PersonNumber } from '@/domain/control/round-rules'
import {
  coverageId,
  type PoolTube,
  type RoundSample,
  type TestingRound,
  type TubeResult,
} from '@/domain/control/testing-round'
import type { CommandPostDatabase } from '../../database'
import { note, writeWithAudit } from '../../write'
import { findTarget } from './round-repository'

/** What one scan asks for: a tube of a round, a person number, perhaps a position, the sampling point and day. */
export interface SampleRequest {
  round: TestingRound
  tubeNo: string
  person: PersonNumber
  position?: number
  pointId: string
  sampledOn: LocalDate
}

/** A recorded sample and the tube it went into (closed when it became full). */
export interface SampleOutcome {
  sample: RoundSample
  tube: PoolTube
}

/** A round's tube by its number. */
export function findTube(db: CommandPostDatabase, roundId: string, tubeNo: string): Promise<PoolTube | undefined> {
  return db.poolTubes.where('[roundId+tubeNo]').equals([roundId, tubeNo]).first()
}

/** One tube by id. */
export function getTube(db: CommandPostDatabase, id: string): Promise<PoolTube | undefined> {
  return db.poolTubes.get(id)
}

/** The people in a tube, by position. */
export function samplesOfTube(db: CommandPostDatabase, tubeId: string): Promise<RoundSample[]> {
  return db.roundSamples.where('[tubeId+position]').between([tubeId, Dexie.minKey], [tubeId, Dexie.maxKey]).toArray()
}

/** A round's tubes by number, a page at a time, or only those with one result. */
export function tubesPage(
  db: CommandPostDatabase,
  roundId: string,
  result: TubeResult | undefined,
  page: number,
  pageSize: number,
): Promise<PoolTube[]> {
  const range = result
    ? db.poolTubes.where('[roundId+result]').equals([roundId, result])
    : db.poolTubes.where('[roundId+tubeNo]').between([roundId, Dexie.minKey], [roundId, Dexie.maxKey])
  return range
    .offset((page - 1) * pageSize)
    .limit(pageSize)
    .toArray()
}

/**
 * Records one swab: finds the person (refused when not in the round, or already sampled in it), opens the tube
 * on its first scan, places the person (refused: a closed or full tube, a position outside the tube or already
 * held), closes the tube when it is full, and moves the village's coverage counter, all with one audit line in
 * one transaction.
 */
export function recordSample(db: CommandPostDatabase, request: SampleRequest, actor: Actor): Promise<SampleOutcome> {
  const tables = [db.testingRounds, db.roundTargets, db.poolTubes, db.roundSamples, db.roundCoverage]
  const { round } = request
  return writeWithAudit(db, actor, tables, async (ctx) => {
    const target = await findTarget(db, round.id, request.person)
    if (!target) throw new ValidationError([{ field: 'person', code: 'round.notInRound' }])
    const earlier = await db.roundSamples.where('[roundId+targetId]').equals([round.id, target.id]).first()
    if (earlier)
      throw new ValidationError([
        {
          field: 'person',
          code: 'round.alreadySampled',
          params: { name: target.name, tubeNo: earlier.tubeNo, position: earlier.position },
        },
      ])
    let tube = await findTube(db, round.id, request.tubeNo)
    const opened = !tube
    tube ??= {
      id: newId('tub', ctx.now),
      roundId: round.id,
      tubeNo: request.tubeNo,
      pointId: request.pointId,
      size: round.poolSize,
      count: 0,
      closed: false,
      sampledOn: request.sampledOn,
      result: 'pending',
      resultOn: '',
      retestsOn: '',
      retestIds: [],
      ...ctx.stampNew(),
    }
    const held = opened ? [] : await samplesOfTube(db, tube.id)
    const placed = placeInTube(tube, new Map(held.map((s) => [s.position, s.name])), request.position)
    if (placed.position === undefined) throw new ValidationError(placed.problems)
    const sample: RoundSample = {
      id: newId('smp', ctx.now),
      roundId: round.id,
      tubeId: tube.id,
      tubeNo: tube.tubeNo,
      position: placed.position,
      targetId: target.id,
      personId: target.personId,
      name: target.name,
      villageId: target.villageId,
      pointId: request.pointId,
      sampledOn: request.sampledOn,
      ...ctx.stampNew(),
    }
    const count = tube.count + 1
    const after: PoolTube = { ...tube, count, closed: count >= tube.size, updatedAt: ctx.now, updatedBy: actor.id }
    await db.poolTubes.put(after)
    await db.roundSamples.add(sample)
    const { pendingVillage: _left, ...sampled } = target
    await db.roundTargets.put({
      ...sampled,
      sampledOn: request.sampledOn,
      tubeNo: tube.tubeNo,
      position: placed.position,
    })
    await db.roundCoverage
      .where('id')
      .equals(coverageId(round.id, target.villageId))
      .modify((c) => void (c.sampled += 1))
    if (opened)
      await db.testingRounds
        .where('id')
        .equals(round.id)
        .modify((r) => void (r.tubeCount += 1))
    await ctx.audit(note('create', 'roundSample', sample.id, `${tube.tubeNo} 第${placed.position}位 ${target.name}`))
    return { sample, tube: after }
  })
}

/** 封管: closes a tube that is not full (the last tube of a point), with its audit line. */
export function closeTube(db: CommandPostDatabase, tubeId: string, actor: Actor): Promise<PoolTube> {
  return writeWithAudit(db, actor, [db.poolTubes], async (ctx) => {
    const tube = await db.poolTubes.get(tubeId)
    if (!tube) throw new ValidationError([{ field: 'tubeNo', code: 'notFound' }])
    const after = { ...tube, closed: true, updatedAt: ctx.now, updatedBy: actor.id }
    await db.poolTubes.put(after)
    await ctx.audit(note('update', 'poolTube', tube.id, `${tube.tubeNo} 封管（${tube.count}/${tube.size}）`))
    return after
  })
}

/** Records a tube's laboratory result (checked by the service); the round's count of positive tubes follows. */
export function saveTubeResult(
  db: CommandPostDatabase,
  tubeId: string,
  result: TubeResult,
  resultOn: LocalDate,
  actor: Actor,
): Promise<PoolTube> {
  return writeWithAudit(db, actor, [db.poolTubes, db.testingRounds], async (ctx) => {
    const tube = await db.poolTubes.get(tubeId)
    if (!tube) throw new ValidationError([{ field: 'tubeNo', code: 'notFound' }])
    const after: PoolTube = { ...tube, result, resultOn, closed: true, updatedAt: ctx.now, updatedBy: actor.id }
    await db.poolTubes.put(after)
    const delta = (result === 'positive' ? 1 : 0) - (tube.result === 'positive' ? 1 : 0)
    if (delta)
      await db.testingRounds
        .where('id')
        .equals(tube.roundId)
        .modify((r) => void (r.positiveTubes += delta))
    await ctx.audit(
      note('update', 'poolTube', tube.id, `${tube.tubeNo} ${result} ${resultOn}`, {
        result: { before: tube.result, after: result },
      }),
    )
    return after
  })
}
