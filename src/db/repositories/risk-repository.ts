import type { Actor } from '@/domain/accounts/user'
import { newId } from '@/domain/common/ids'
import type { RiskDecision, RiskDecisionInput } from '@/domain/map/risk-level'
import type { CommandPostDatabase } from '../database'
import { note, writeWithAudit } from '../write'

/** Every risk decision of the township (a few hundred at most: a township decides a few a day in a wave). */
export function listRiskDecisions(db: CommandPostDatabase): Promise<RiskDecision[]> {
  return db.riskDecisions.toArray()
}

/** One village's decisions, in no particular order (riskHistory sorts them). */
export function listVillageDecisions(db: CommandPostDatabase, villageId: string): Promise<RiskDecision[]> {
  return db.riskDecisions.where('villageId').equals(villageId).toArray()
}

/**
 * Records a decision (input checked upstream) with its audit line. Decisions are only ever added: a change of
 * level is a new decision, so the history of who decided what, when and why is never lost.
 */
export function addRiskDecision(
  db: CommandPostDatabase,
  input: RiskDecisionInput,
  summary: string,
  actor: Actor,
): Promise<RiskDecision> {
  return writeWithAudit(db, actor, [db.riskDecisions], async (ctx) => {
    const decision: RiskDecision = { id: newId('rsk', ctx.now), ...input, decidedAt: ctx.now, ...ctx.stampNew() }
    await db.riskDecisions.add(decision)
    await ctx.audit(note('create', 'riskDecision', decision.id, summary))
    return decision
  })
}

/** Adds many decisions at once without audit lines: for the demo township, inside its own setup transaction. */
export async function bulkAddRiskDecisions(db: CommandPostDatabase, decisions: RiskDecision[]): Promise<void> {
  await db.riskDecisions.bulkAdd(decisions)
}
