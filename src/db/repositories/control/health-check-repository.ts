import type { Actor } from '@/domain/accounts/user'
import type { LocalDate } from '@/domain/common/entity'
import { newId } from '@/domain/common/ids'
import { ValidationError } from '@/domain/common/result'
import type { HealthCheck } from '@/domain/control/health-check'
import type { ControlMeasure } from '@/domain/control/measure'
import type { CommandPostDatabase } from '../../database'
import { note, writeWithAudit } from '../../write'

/** A check's fields as the service read them; the repository adds id, person, village and stamps. */
export type CheckFields = Pick<
  HealthCheck,
  | 'measureId'
  | 'date'
  | 'morning'
  | 'afternoon'
  | 'recheck'
  | 'symptoms'
  | 'status'
  | 'checkedBy'
  | 'outsideMeasure'
  | 'feverOn'
>

/** A village's checks on one day. */
export function checksOfVillage(db: CommandPostDatabase, villageId: string, date: LocalDate): Promise<HealthCheck[]> {
  return db.healthChecks.where('[villageId+date]').equals([villageId, date]).toArray()
}

/** A measure's checks, by day. */
export async function checksOfMeasure(db: CommandPostDatabase, measureId: string): Promise<HealthCheck[]> {
  const all = await db.healthChecks.where('[measureId+date]').between([measureId, ''], [measureId, '\uffff']).toArray()
  return all.sort((a, b) => a.date.localeCompare(b.date))
}

/** Checks with a fever from `from` on (the sparse feverOn index). */
export function feversSince(db: CommandPostDatabase, from: LocalDate): Promise<HealthCheck[]> {
  return db.healthChecks.where('feverOn').aboveOrEqual(from).toArray()
}

/**
 * Records (or corrects) a measure's check for a day, and moves the measure's `lastSeenOn` forward when the
 * person was seen; one transaction with its audit line.
 */
export function saveCheck(db: CommandPostDatabase, fields: CheckFields, actor: Actor): Promise<HealthCheck> {
  return writeWithAudit(db, actor, [db.healthChecks, db.measures], async (ctx) => {
    const measure: ControlMeasure | undefined = await db.measures.get(fields.measureId)
    if (!measure) throw new ValidationError([{ field: 'measureId', code: 'notFound' }])
    const before = await db.healthChecks.where('[measureId+date]').equals([fields.measureId, fields.date]).first()
    const check: HealthCheck = {
      ...fields,
      id: before?.id ?? newId('hck', ctx.now),
      personId: measure.personId,
      villageId: measure.villageId,
      ...(before ? { createdAt: before.createdAt, createdBy: before.createdBy } : ctx.stampNew()),
      updatedAt: ctx.now,
      updatedBy: actor.id,
    }
    if (!check.feverOn) delete check.feverOn
    await db.healthChecks.put(check)
    const seen = check.status === 'seen-ok' || check.status === 'seen-not-ok'
    if (seen && check.date > measure.lastSeenOn && !check.outsideMeasure)
      await db.measures.update(measure.id, { lastSeenOn: check.date })
    const temps = [check.morning, check.afternoon].map((t) => (t === undefined ? '—' : String(t))).join('/')
    await ctx.audit(
      note(before ? 'update' : 'create', 'healthCheck', check.id, `${measure.personName} ${check.date} ${temps}`),
    )
    return check
  })
}
