import type { Actor } from '@/domain/accounts/user'
import type { LocalDate } from '@/domain/common/entity'
import { newId } from '@/domain/common/ids'
import { ValidationError } from '@/domain/common/result'
import { testIndexFields, type NucleicResult, type NucleicTest } from '@/domain/control/nucleic-test'
import type { CommandPostDatabase } from '../../database'
import { note, writeWithAudit } from '../../write'

/** Tests with no result yet due on or before `today` (due today and overdue), earliest first. */
export function openTestsUntil(db: CommandPostDatabase, today: LocalDate): Promise<NucleicTest[]> {
  return db.nucleicTests.where('openDue').belowOrEqual(today).toArray()
}

/** Positive results sampled on or after `from`. */
export function positivesSince(db: CommandPostDatabase, from: LocalDate): Promise<NucleicTest[]> {
  return db.nucleicTests.where('positiveOn').aboveOrEqual(from).toArray()
}

/** A measure's tests by due day. */
export async function testsOfMeasure(db: CommandPostDatabase, measureId: string): Promise<NucleicTest[]> {
  const all = await db.nucleicTests.where('measureId').equals(measureId).toArray()
  return all.sort((a, b) => a.dueOn.localeCompare(b.dueOn))
}

/** One test by id. */
export function getTest(db: CommandPostDatabase, id: string): Promise<NucleicTest | undefined> {
  return db.nucleicTests.get(id)
}

/** Records a result (already checked against the measure by the service), with its audit line. */
export function saveResult(
  db: CommandPostDatabase,
  id: string,
  result: NucleicResult,
  sampledOn: LocalDate,
  actor: Actor,
): Promise<NucleicTest> {
  return writeWithAudit(db, actor, [db.nucleicTests], async (ctx) => {
    const before = await db.nucleicTests.get(id)
    if (!before) throw new ValidationError([{ field: 'id', code: 'notFound' }])
    const base = { ...before, result, sampledOn: result === 'not-done' ? '' : sampledOn }
    const after: NucleicTest = { ...base, ...testIndexFields(base), updatedAt: ctx.now, updatedBy: actor.id }
    if (!after.openDue) delete after.openDue
    if (!after.positiveOn) delete after.positiveOn
    await db.nucleicTests.put(after)
    await ctx.audit(
      note('update', 'nucleicTest', id, `${after.personName} ${after.dueOn} ${result}`, {
        result: { before: before.result, after: result },
      }),
    )
    return after
  })
}

/** Who a re-test is for. */
export interface RetestPerson {
  personId: string
  villageId: string
  personName: string
}

/**
 * 单人复检: individual test appointments due on `dueOn` for the people of a positive pooled tube, each under
 * their active measure when they have one. The tube is marked in the same transaction; a tube already marked is
 * refused, so the appointments are never made twice. Returns the appointments made.
 */
export function addRetests(
  db: CommandPostDatabase,
  people: readonly RetestPerson[],
  dueOn: LocalDate,
  source: { roundId: string; tubeId: string; tubeNo: string },
  actor: Actor,
): Promise<NucleicTest[]> {
  return writeWithAudit(db, actor, [db.nucleicTests, db.measures, db.poolTubes], async (ctx) => {
    const tube = await db.poolTubes.get(source.tubeId)
    if (!tube) throw new ValidationError([{ field: 'tubeNo', code: 'notFound' }])
    if (tube.retestsOn)
      throw new ValidationError([{ field: 'tubeNo', code: 'round.retestsDone', params: { day: tube.retestsOn } }])
    const made: NucleicTest[] = []
    for (const person of people) {
      const measures = await db.measures.where('personId').equals(person.personId).toArray()
      const active = measures.find((m) => m.status === 'active')
      made.push({
        id: newId('nat', ctx.now),
        measureId: active?.id ?? '',
        ...person,
        dueOn,
        result: 'scheduled',
        sampledOn: '',
        openDue: dueOn,
        retestOf: { roundId: source.roundId, tubeNo: source.tubeNo },
        ...ctx.stampNew(),
      })
    }
    await db.nucleicTests.bulkAdd(made)
    await db.poolTubes.update(source.tubeId, {
      retestsOn: dueOn,
      retestIds: made.map((t) => t.id),
      updatedAt: ctx.now,
      updatedBy: actor.id,
    })
    await ctx.audit(note('create', 'nucleicTest', source.tubeId, `${source.tubeNo} 阳性 · 单人复检 ${made.length} 人`))
    return made
  })
}

/** The individual re-tests made for a tube's people, as they stand now. */
export async function testsOfIds(db: CommandPostDatabase, ids: readonly string[]): Promise<NucleicTest[]> {
  return (await db.nucleicTests.bulkGet([...ids])).filter((t): t is NucleicTest => t !== undefined)
}
