import Dexie from 'dexie'
import type { Actor } from '@/domain/accounts/user'
import { newId } from '@/domain/common/ids'
import type { PersonNumber } from '@/domain/control/round-rules'
import {
  coverageId,
  type PoolTube,
  type RoundCoverage,
  type RoundSample,
  type RoundTarget,
  type TestingRound,
} from '@/domain/control/testing-round'
import type { CommandPostDatabase } from '../../database'
import { note, writeWithAudit } from '../../write'

/** A round's fields before it is stored (the counters start at zero). */
export type RoundFields = Omit<
  TestingRound,
  'id' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy' | 'targetCount' | 'tubeCount' | 'positiveTubes'
>

/** A person the round must test, before the round numbers them. */
export type TargetFields = Pick<RoundTarget, 'personId' | 'name' | 'documentNumber' | 'villageId'>

/** One page of the people not yet sampled, with the total (from the coverage counters). */
export interface UnsampledPage {
  items: RoundTarget[]
  total: number
}

/**
 * Stores a round, its people (numbered 1, 2, … in the order given: the register number 登记号) and a coverage
 * row per village, with one audit line, in one transaction.
 */
export function createRound(
  db: CommandPostDatabase,
  fields: RoundFields,
  people: readonly TargetFields[],
  actor: Actor,
): Promise<TestingRound> {
  const tables = [db.testingRounds, db.roundTargets, db.roundCoverage]
  return writeWithAudit(db, actor, tables, async (ctx) => {
    const round: TestingRound = {
      ...fields,
      id: newId('rnd', ctx.now),
      targetCount: people.length,
      tubeCount: 0,
      positiveTubes: 0,
      ...ctx.stampNew(),
    }
    const targets: RoundTarget[] = people.map((p, i) => ({
      ...p,
      id: newId('rtg', ctx.now),
      roundId: round.id,
      registerNo: i + 1,
      pendingVillage: p.villageId,
    }))
    const coverage: RoundCoverage[] = fields.villageIds.map((villageId) => ({
      id: coverageId(round.id, villageId),
      roundId: round.id,
      villageId,
      targets: targets.filter((t) => t.villageId === villageId).length,
      sampled: 0,
    }))
    await db.testingRounds.add(round)
    await db.roundTargets.bulkAdd(targets)
    await db.roundCoverage.bulkAdd(coverage)
    await ctx.audit(note('create', 'testingRound', round.id, `${round.name} · 应检 ${targets.length} 人`))
    return round
  })
}

/** One round by id. */
export function getRound(db: CommandPostDatabase, id: string): Promise<TestingRound | undefined> {
  return db.testingRounds.get(id)
}

/** Every round, latest first (a township runs a few dozen at most). */
export async function listRounds(db: CommandPostDatabase): Promise<TestingRound[]> {
  return (await db.testingRounds.orderBy('from').reverse().toArray()).sort(
    (a, b) => b.from.localeCompare(a.from) || b.id.localeCompare(a.id),
  )
}

/** A round's coverage counters, one row per target village: a key range, never a count over samples. */
export function roundCoverage(db: CommandPostDatabase, roundId: string): Promise<RoundCoverage[]> {
  return db.roundCoverage.where('id').startsWith(`${roundId}|`).toArray()
}

/** The round's person with this register number or ID number, if any. */
export async function findTarget(
  db: CommandPostDatabase,
  roundId: string,
  number: PersonNumber,
): Promise<RoundTarget | undefined> {
  if ('registerNo' in number)
    return db.roundTargets.where('[roundId+registerNo]').equals([roundId, number.registerNo]).first()
  return db.roundTargets.where('[roundId+documentNumber]').equals([roundId, number.documentNumber]).first()
}

/**
 * 应检尽检: the people of a round (of one village, or all) not yet sampled, a page at a time, in index order
 * (village, then id). The total comes from the coverage counters.
 */
export async function unsampledPage(
  db: CommandPostDatabase,
  roundId: string,
  villageId: string | undefined,
  page: number,
  pageSize: number,
): Promise<UnsampledPage> {
  const range = villageId
    ? db.roundTargets.where('[roundId+pendingVillage]').equals([roundId, villageId])
    : db.roundTargets.where('[roundId+pendingVillage]').between([roundId, Dexie.minKey], [roundId, Dexie.maxKey])
  const [items, coverage] = await Promise.all([
    range
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .toArray(),
    roundCoverage(db, roundId),
  ])
  const rows = villageId ? coverage.filter((c) => c.villageId === villageId) : coverage
  const total = rows.reduce((s, c) => s + Math.max(0, c.targets - c.sampled), 0)
  return { items, total }
}

/**
 * The registered people of some villages (listed, i.e. not retired or merged), by village in the order given,
 * then by name: the people a new round must test.
 */
export async function registeredPeopleOf(
  db: CommandPostDatabase,
  villageIds: readonly string[],
): Promise<TargetFields[]> {
  const out: TargetFields[] = []
  for (const villageId of villageIds) {
    const rows = await db.persons
      .where('[villageId+latestArrival]')
      .between([villageId, Dexie.minKey], [villageId, Dexie.maxKey])
      .toArray()
    rows.sort((a, b) => (a.nameOrder ?? '').localeCompare(b.nameOrder ?? ''))
    for (const p of rows) out.push({ personId: p.id, name: p.name, documentNumber: p.documentNumber, villageId })
  }
  return out
}

/** Writes a generated round (the demo township's) in bulk, with one audit line. */
export function addRoundData(
  db: CommandPostDatabase,
  data: {
    round: TestingRound
    targets: RoundTarget[]
    tubes: PoolTube[]
    samples: RoundSample[]
    coverage: RoundCoverage[]
  },
  actor: Actor,
): Promise<void> {
  const tables = [db.testingRounds, db.roundTargets, db.poolTubes, db.roundSamples, db.roundCoverage]
  return writeWithAudit(db, actor, tables, async (ctx) => {
    await db.testingRounds.add(data.round)
    await db.roundTargets.bulkAdd(data.targets)
    await db.poolTubes.bulkAdd(data.tubes)
    await db.roundSamples.bulkAdd(data.samples)
    await db.roundCoverage.bulkAdd(data.coverage)
    await ctx.audit(note('import', 'testingRound', data.round.id, `示范 ${data.round.name}`))
  })
}
