import type { Actor } from '@/domain/accounts/user'
import { newId } from '@/domain/common/ids'
import { DEFAULT_RISK_RULES, type RiskRule, type RiskRuleInput } from '@/domain/map/risk-rules'
import type { CommandPostDatabase } from '../database'
import { note, writeWithAudit } from '../write'

/** The suggestion rules in the editor's order; the shipped defaults while a leader has saved none. */
export async function listRiskRules(db: CommandPostDatabase): Promise<RiskRule[]> {
  const rules = await db.riskRules.toArray()
  return rules.length ? rules.sort((a, b) => a.order - b.order) : [...DEFAULT_RISK_RULES]
}

/**
 * Replaces the whole rule list with the edited one (checked upstream), keeping each kept rule's creation stamp,
 * with one audit line saying how many rules there were and are.
 */
export function replaceRiskRules(
  db: CommandPostDatabase,
  inputs: readonly RiskRuleInput[],
  summary: string,
  actor: Actor,
): Promise<RiskRule[]> {
  return writeWithAudit(db, actor, [db.riskRules], async (ctx) => {
    const before = new Map((await db.riskRules.toArray()).map((r) => [r.id, r]))
    const rules: RiskRule[] = inputs.map((input, order) => {
      const kept = input.id ? before.get(input.id) : undefined
      const stamp = kept ? { createdAt: kept.createdAt, createdBy: kept.createdBy } : ctx.stampNew()
      return {
        ...input,
        id: kept?.id ?? newId('rrl', ctx.now),
        order,
        ...stamp,
        updatedAt: ctx.now,
        updatedBy: actor.id,
      }
    })
    await db.riskRules.clear()
    await db.riskRules.bulkAdd(rules)
    await ctx.audit(
      note('update', 'riskRule', 'rules', summary, { count: { before: before.size, after: rules.length } }),
    )
    return rules
  })
}
