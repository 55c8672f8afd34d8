import { can, type Role } from '@/domain/accounts/roles'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { riskRuleProblems, type RiskRule, type RiskRuleInput } from '@/domain/map/risk-rules'
import type { CommandPostDatabase } from '@/db/database'
import { replaceRiskRules } from '@/db/repositories/risk-rule-repository'

/**
 * Saves the suggestion rules as a leader edited them. Only a role that decides levels (the leader) may: the rules
 * shape what the map suggests at the meeting. Every rule is checked first; nothing is written on a problem.
 */
export async function saveRiskRules(
  db: CommandPostDatabase,
  inputs: readonly RiskRuleInput[],
  actor: Actor,
  role: Role,
): Promise<RiskRule[]> {
  if (!can(role, 'map.decideRisk')) throw new ValidationError([{ field: 'rules', code: 'riskRule.forbidden' }])
  const clean = inputs.map((r) => ({
    ...r,
    category: r.kind === 'control' || r.kind === 'arrival' ? r.category : '',
    measureType: r.kind === 'control' ? r.measureType : '',
    days: r.kind === 'control' ? 1 : r.days,
  }))
  const problems = clean.flatMap(riskRuleProblems)
  if (problems.length) throw new ValidationError(problems)
  return replaceRiskRules(db, clean, `风险建议规则 ${clean.length} 条`, actor)
}
