import type { Actor } from '@/domain/accounts/user'
import type { LocalDate } from '@/domain/common/entity'
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
