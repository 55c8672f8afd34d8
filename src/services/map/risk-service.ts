import { can, type Role } from '@/domain/accounts/roles'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import type { MapSettings } from '@/domain/map/map-settings'
import {
  RISK_LABELS,
  riskDecisionProblems,
  type RiskDecision,
  type RiskDecisionInput,
  type RiskLabelSet,
} from '@/domain/map/risk-level'
import type { CommandPostDatabase } from '@/db/database'
import { getMapSettings, saveMapSettings } from '@/db/repositories/map-layer-repository'
import { addRiskDecision } from '@/db/repositories/risk-repository'
import { getVillage } from '@/db/repositories/village-repository'

/** Trims the texts of a decision as a leader typed it. */
export function normalizeRiskDecision(input: RiskDecisionInput): RiskDecisionInput {
  return {
    ...input,
    reason: input.reason.trim(),
    source: input.source.trim(),
    decidedBy: input.decidedBy.trim(),
    effectiveTo: input.effectiveTo.trim(),
  }
}

/**
 * Records a village's new risk level as a dated decision. Only a role with `map.decideRisk` (the leader) may;
 * anyone else is refused before anything is read. The decision is added to the village's history: earlier
 * decisions stay as they were.
 */
export async function decideRiskLevel(
  db: CommandPostDatabase,
  input: RiskDecisionInput,
  actor: Actor,
  role: Role,
): Promise<RiskDecision> {
  if (!can(role, 'map.decideRisk')) throw new ValidationError([{ field: 'level', code: 'risk.forbidden' }])
  const decision = normalizeRiskDecision(input)
  const problems = riskDecisionProblems(decision)
  if (problems.length) throw new ValidationError(problems)
  const village = await getVillage(db, decision.villageId)
  if (!village || village.retiredAt !== undefined)
    throw new ValidationError([{ field: 'villageId', code: 'risk.noVillage' }])
  const labels = RISK_LABELS[(await getMapSettings(db)).labelSet]
  const summary = `${village.name} ${labels[decision.level]}（${decision.effectiveFrom}起）`
  return addRiskDecision(db, decision, summary, actor)
}

/**
 * Chooses the wording of the levels (高/中/低风险 or 封控/管控/防范区) for the whole township: a leader's or the
 * administrator's setting.
 */
export async function chooseRiskLabels(
  db: CommandPostDatabase,
  labelSet: RiskLabelSet,
  actor: Actor,
  role: Role,
): Promise<MapSettings> {
  if (!can(role, 'map.decideRisk') && !can(role, 'settings.edit'))
    throw new ValidationError([{ field: 'labelSet', code: 'risk.forbidden' }])
  return saveMapSettings(db, { id: 'map', labelSet }, actor)
}
