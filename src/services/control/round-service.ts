import type { Role } from '@/domain/accounts/roles'
import type { Actor } from '@/domain/accounts/user'
import type { LocalDate } from '@/domain/common/entity'
import { ValidationError } from '@/domain/common/result'
import type { NucleicTest } from '@/domain/control/nucleic-test'
import {
  normalizeTubeNo,
  readPersonNumber,
  roundProblems,
  samplingDayProblems,
  tubeNoProblems,
  tubeResultProblems,
  type RoundInput,
} from '@/domain/control/round-rules'
import type { PoolTube, TestingRound, TubeResult } from '@/domain/control/testing-round'
import { localToday } from '@/domain/person/dates'
import type { CommandPostDatabase } from '@/db/database'
import { createRound, getRound, registeredPeopleOf } from '@/db/repositories/control/round-repository'
import {
  closeTube,
  getTube,
  recordSample,
  samplesOfTube,
  saveTubeResult,
  type SampleOutcome,
} from '@/db/repositories/control/tube-repository'
import { requireControl } from './control-permission'
import { scheduleRetests } from './test-service'

async function requireOpenRound(db: CommandPostDatabase, id: string): Promise<TestingRound> {
  const round = await getRound(db, id)
  if (!round) throw new ValidationError([{ field: 'round', code: 'notFound' }])
  if (round.status !== 'open') throw new ValidationError([{ field: 'round', code: 'round.closed' }])
  return round
}

/** Sets up a round: its people are every registered person of its villages, numbered 1, 2, … (登记号). */
export async function createTestingRound(
  db: CommandPostDatabase,
  input: RoundInput,
  actor: Actor,
  role: Role,
): Promise<TestingRound> {
  requireControl(role)
  const problems = roundProblems(input)
  if (problems.length) throw new ValidationError(problems)
  const people = await registeredPeopleOf(db, input.villageIds)
  return createRound(
    db,
    {
      name: input.name.trim(),
      from: input.from,
      to: input.to,
      villageIds: [...input.villageIds],
      points: input.points.map((p, i) => ({ id: `p${i + 1}`, name: p.name.trim(), villageId: p.villageId })),
      poolSize: input.poolSize,
      status: 'open',
    },
    people,
    actor,
  )
}

/** One scan: a tube number, a person's register or ID number, the position when typed, the sampling point. */
export interface ScanInput {
  tubeNo: string
  person: string
  position?: number
  pointId: string
}

/**
 * Records one swab of a round (today's): the tube number and person number are normalised and checked, then
 * the repository places the person in the tube in one transaction (see recordSample).
 */
export async function recordRoundSample(
  db: CommandPostDatabase,
  roundId: string,
  input: ScanInput,
  actor: Actor,
  role: Role,
  today: LocalDate = localToday(),
): Promise<SampleOutcome> {
  requireControl(role, 'person')
  const tubeNo = normalizeTubeNo(input.tubeNo)
  const person = readPersonNumber(input.person)
  const problems = [...tubeNoProblems(tubeNo)]
  if (!person) problems.push({ field: 'person', code: 'round.personNumber' })
  if (problems.length || !person) throw new ValidationError(problems)
  const round = await requireOpenRound(db, roundId)
  const dayProblems = samplingDayProblems(round, today, today)
  if (dayProblems.length) throw new ValidationError(dayProblems)
  if (!round.points.some((p) => p.id === input.pointId))
    throw new ValidationError([{ field: 'pointId', code: 'round.noPoints' }])
  return recordSample(
    db,
    { round, tubeNo, person, position: input.position, pointId: input.pointId, sampledOn: today },
    actor,
  )
}

/** 封管 by hand: the last, not full, tube of a sampling point. */
export async function sealTube(db: CommandPostDatabase, tubeId: string, actor: Actor, role: Role): Promise<PoolTube> {
  requireControl(role, 'tubeNo')
  return closeTube(db, tubeId, actor)
}

/** Records a pooled tube's laboratory result (negative or positive, on a day from sampling to today). */
export async function recordTubeResult(
  db: CommandPostDatabase,
  tubeId: string,
  result: TubeResult,
  resultOn: LocalDate,
  actor: Actor,
  role: Role,
  today: LocalDate = localToday(),
): Promise<PoolTube> {
  requireControl(role, 'result')
  const tube = await getTube(db, tubeId)
  if (!tube) throw new ValidationError([{ field: 'tubeNo', code: 'notFound' }])
  const problems = tubeResultProblems(tube, result, resultOn, today)
  if (problems.length) throw new ValidationError(problems)
  return saveTubeResult(db, tubeId, result, resultOn, actor)
}

/**
 * A positive tube's people get individual re-tests 单人复检, due on `dueOn`, through the tests service: they appear
 * among the today screen's due tests. Refused for a tube that is not positive, or already done.
 */
export async function retestPositiveTube(
  db: CommandPostDatabase,
  tubeId: string,
  dueOn: LocalDate,
  actor: Actor,
  role: Role,
): Promise<NucleicTest[]> {
  requireControl(role, 'tubeNo')
  const tube = await getTube(db, tubeId)
  if (!tube) throw new ValidationError([{ field: 'tubeNo', code: 'notFound' }])
  if (tube.result !== 'positive') throw new ValidationError([{ field: 'tubeNo', code: 'round.notPositive' }])
  const people = (await samplesOfTube(db, tubeId)).map((s) => ({
    personId: s.personId,
    villageId: s.villageId,
    personName: s.name,
  }))
  return scheduleRetests(db, people, dueOn, { roundId: tube.roundId, tubeId, tubeNo: tube.tubeNo }, actor)
}
