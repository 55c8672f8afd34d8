import type { LocalDate, Stamped } from '../common/entity'
import type { Problem } from '../common/result'
import type { MeasureType } from '../control/rule-pack'
import type { EpisodeKind } from '../person/person'
import { RISK_LEVELS, type RiskLevel } from './risk-level'
import { sumOver, type CountsByDay, type VillageDayCounts } from './village-counts'

/**
 * What a suggestion rule counts in a village: positive results 阳性, people under a measure 管控人员 (optionally
 * of one category and one type), fevers 发热, or people registered 登记人员 of a kind.
 */
export type RiskRuleKind = 'positive' | 'control' | 'fever' | 'arrival'

/** All rule kinds, in the editor's order. */
export const RISK_RULE_KINDS: readonly RiskRuleKind[] = ['positive', 'control', 'fever', 'arrival']

/**
 * 风险建议规则: "when a village has at least `minCount` of what `kind` counts (over the last `days` days, or on the
 * day for people under control), suggest `level`". Rules only suggest: the decided level is never changed by them.
 */
export interface RiskRule extends Stamped {
  /** `rrl_<ulid>`, or `default-<n>` for the shipped rules. */
  id: string
  kind: RiskRuleKind
  /** The level suggested when the rule holds (never `none`). */
  level: RiskLevel
  minCount: number
  /** Look-back in days, the day itself included (positive, fever, arrival); 1 for people under control. */
  days: number
  /** Person category (control, arrival); '' = any. */
  category: EpisodeKind | ''
  /** Measure type (control); '' = any. */
  measureType: MeasureType | ''
  enabled: boolean
  /** Position in the editor's list. */
  order: number
}

/** What the rules editor supplies for one rule. */
export type RiskRuleInput = Omit<RiskRule, keyof Stamped | 'id' | 'order'> & { id?: string }

function shipped(order: number, rule: Omit<RiskRule, keyof Stamped | 'id' | 'order' | 'enabled'>): RiskRule {
  return {
    ...rule,
    id: `default-${order + 1}`,
    order,
    enabled: true,
    createdAt: 0,
    createdBy: '',
    updatedAt: 0,
    updatedBy: '',
  }
}

/**
 * The rules in use until a leader saves others: the examples — a positive case living there in the last
 * 7 days → high; close contacts under home quarantine → medium — and any fever in the last 3 days → low.
 */
export const DEFAULT_RISK_RULES: readonly RiskRule[] = [
  shipped(0, { kind: 'positive', level: 'high', minCount: 1, days: 7, category: '', measureType: '' }),
  shipped(1, {
    kind: 'control',
    level: 'medium',
    minCount: 1,
    days: 1,
    category: 'close-contact',
    measureType: 'home-quarantine',
  }),
  shipped(2, { kind: 'fever', level: 'low', minCount: 1, days: 3, category: '', measureType: '' }),
]

/** Problems with a rule as entered: a level above none, a count of at least 1, 1–30 days. */
export function riskRuleProblems(rule: RiskRuleInput, index: number): Problem[] {
  const problems: Problem[] = []
  const row = { row: index + 1 }
  if (!RISK_RULE_KINDS.includes(rule.kind)) problems.push({ field: 'kind', code: 'riskRule.kind', params: row })
  if (!RISK_LEVELS.includes(rule.level) || rule.level === 'none')
    problems.push({ field: 'level', code: 'riskRule.level', params: row })
  if (!Number.isInteger(rule.minCount) || rule.minCount < 1 || rule.minCount > 9999)
    problems.push({ field: 'minCount', code: 'riskRule.minCount', params: row })
  if (!Number.isInteger(rule.days) || rule.days < 1 || rule.days > 30)
    problems.push({ field: 'days', code: 'riskRule.days', params: row })
  return problems
}

/** How many of what the rule counts a village has on `day`. */
export function ruleCount(rule: RiskRule, counts: CountsByDay, villageId: string, day: LocalDate): number {
  const pick: Record<RiskRuleKind, (c: VillageDayCounts) => number> = {
    positive: (c) => c.positives,
    fever: (c) => c.fevers,
    arrival: (c) => c.arrivals[rule.category || 'any'] ?? 0,
    control: (c) => {
      let total = 0
      for (const [key, n] of Object.entries(c.control)) {
        const [category, type] = key.split('|')
        if ((!rule.category || rule.category === category) && (!rule.measureType || rule.measureType === type))
          total += n
      }
      return total
    },
  }
  return sumOver(counts, villageId, day, rule.kind === 'control' ? 1 : rule.days, pick[rule.kind])
}

/** A rule that holds for a village, and what it counted. */
export interface RuleHit {
  rule: RiskRule
  count: number
}

/** The level the registers suggest for a village, and the rules behind it (highest level first). */
export interface RiskSuggestion {
  level: RiskLevel
  hits: RuleHit[]
}

const RANK: Record<RiskLevel, number> = { none: 0, low: 1, medium: 2, high: 3 }

/** The suggestion for one village on `day`: the highest level among the enabled rules that hold; none otherwise. */
export function suggestLevel(
  rules: readonly RiskRule[],
  counts: CountsByDay,
  villageId: string,
  day: LocalDate,
): RiskSuggestion {
  const hits: RuleHit[] = []
  for (const rule of rules) {
    if (!rule.enabled) continue
    const count = ruleCount(rule, counts, villageId, day)
    if (count >= rule.minCount) hits.push({ rule, count })
  }
  hits.sort((a, b) => RANK[b.rule.level] - RANK[a.rule.level] || a.rule.order - b.rule.order)
  return { level: hits[0]?.rule.level ?? 'none', hits }
}

/** The kinds of people registered that enabled arrival rules ask about (the counts read only those). */
export function arrivalKindsAsked(rules: readonly RiskRule[]): (EpisodeKind | '')[] {
  return [...new Set(rules.filter((r) => r.enabled && r.kind === 'arrival').map((r) => r.category))]
}

/** The longest look-back of the enabled rules, in days (the counts window reaches that far before the replay). */
export function longestLookBack(rules: readonly RiskRule[]): number {
  return Math.max(7, ...rules.filter((r) => r.enabled).map((r) => r.days))
}
