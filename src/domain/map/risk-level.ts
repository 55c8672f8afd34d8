import type { Instant, LocalDate, Stamped } from '../common/entity'
import type { Problem } from '../common/result'

/** A village's risk level, lowest first. `none`: no special measures. */
export type RiskLevel = 'none' | 'low' | 'medium' | 'high'

/** All levels, lowest first (the legend lists them highest first). */
export const RISK_LEVELS: readonly RiskLevel[] = ['none', 'low', 'medium', 'high']

/** The wording a township uses for the levels: 高/中/低风险 (national scheme) or 封控/管控/防范 (area-based). */
export type RiskLabelSet = 'risk' | 'control'

/** The labels of each set, in Chinese (the wording of county notices; English goes through i18n). */
export const RISK_LABELS: Record<RiskLabelSet, Record<RiskLevel, string>> = {
  risk: { none: '常态', low: '低风险', medium: '中风险', high: '高风险' },
  control: { none: '常态', low: '防范区', medium: '管控区', high: '封控区' },
}

/**
 * 风险等级决定: a dated decision that a village is at a level, from a day (and optionally until a day), with the
 * reason, the source (county notice number, dispatch meeting) and who decided. Decisions are never edited or
 * deleted: a new decision supersedes the older ones from its own first day.
 */
export interface RiskDecision extends Stamped {
  id: string
  villageId: string
  level: RiskLevel
  /** First day the level applies. */
  effectiveFrom: LocalDate
  /** Last day it applies; '' while open-ended. */
  effectiveTo: LocalDate
  reason: string
  /** 依据: e.g. `芦山县指发〔2022〕12号` or `11月3日调度会`. */
  source: string
  /** The leader who decided (their name as they gave it, e.g. 张书记), and the account that recorded it. */
  decidedBy: string
  decidedAt: Instant
}

/** What a leader enters to change a level. */
export type RiskDecisionInput = Pick<
  RiskDecision,
  'villageId' | 'level' | 'effectiveFrom' | 'effectiveTo' | 'reason' | 'source' | 'decidedBy'
>

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Problems with a decision as entered: level, dates in order, a reason and a source. */
export function riskDecisionProblems(input: RiskDecisionInput): Problem[] {
  const problems: Problem[] = []
  if (!RISK_LEVELS.includes(input.level)) problems.push({ field: 'level', code: 'risk.level' })
  if (!DATE.test(input.effectiveFrom)) problems.push({ field: 'effectiveFrom', code: 'required' })
  if (input.effectiveTo !== '' && !DATE.test(input.effectiveTo))
    problems.push({ field: 'effectiveTo', code: 'risk.date' })
  else if (input.effectiveTo !== '' && input.effectiveTo < input.effectiveFrom)
    problems.push({ field: 'effectiveTo', code: 'risk.toBeforeFrom', params: { from: input.effectiveFrom } })
  if (input.reason.trim() === '') problems.push({ field: 'reason', code: 'required' })
  if (input.source.trim() === '') problems.push({ field: 'source', code: 'required' })
  if (input.decidedBy.trim() === '') problems.push({ field: 'decidedBy', code: 'required' })
  return problems
}

/** Newest decision first: the later first day wins; on the same day, the one recorded last. */
function newestFirst(a: RiskDecision, b: RiskDecision): number {
  if (a.effectiveFrom !== b.effectiveFrom) return a.effectiveFrom < b.effectiveFrom ? 1 : -1
  return a.decidedAt !== b.decidedAt ? b.decidedAt - a.decidedAt : a.id < b.id ? 1 : -1
}

/**
 * The decision in force for one village on `date`: of the decisions that have started by that day and not yet
 * ended, the newest (a later first day wins; on the same first day, the one recorded last). So a temporary
 * escalation (封控 for 7 days) falls back to the open-ended level decided before it once its last day passes.
 */
export function decisionOn(decisions: readonly RiskDecision[], date: LocalDate): RiskDecision | undefined {
  const inForce = decisions.filter((d) => d.effectiveFrom <= date && (d.effectiveTo === '' || d.effectiveTo >= date))
  return inForce.sort(newestFirst)[0]
}

/** The level of one village on `date`, from its decisions ({@link decisionOn}); `none` when none applies. */
export function levelOn(decisions: readonly RiskDecision[], date: LocalDate): RiskLevel {
  return decisionOn(decisions, date)?.level ?? 'none'
}

/** Every village's level on `date`, from all decisions (grouped once, so a replay step is one pass). */
export function levelsOn(decisions: readonly RiskDecision[], date: LocalDate): Map<string, RiskLevel> {
  const byVillage = groupByVillage(decisions)
  const levels = new Map<string, RiskLevel>()
  for (const [villageId, list] of byVillage) levels.set(villageId, levelOn(list, date))
  return levels
}

/** Decisions grouped by village. */
export function groupByVillage(decisions: readonly RiskDecision[]): Map<string, RiskDecision[]> {
  const groups = new Map<string, RiskDecision[]>()
  for (const d of decisions) {
    const list = groups.get(d.villageId)
    if (list) list.push(d)
    else groups.set(d.villageId, [d])
  }
  return groups
}

/** One village's history, newest first, as the village panel lists it. */
export function riskHistory(decisions: readonly RiskDecision[]): RiskDecision[] {
  return [...decisions].sort(newestFirst)
}
