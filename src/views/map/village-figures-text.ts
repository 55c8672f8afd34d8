// The hover's and the panel's lines about a village's registers, in the user's language: pure over the counts, so
// the wording is unit-tested without a DOM.
import type { MeasureType } from '@/domain/control/rule-pack'
import type { RiskRule, RuleHit } from '@/domain/map/risk-rules'
import { controlByType, sumOver, type CountsByDay, type VillageDayCounts } from '@/domain/map/village-counts'
import { formatCount } from '@/utils/format'

type Translate = (key: string, params?: Record<string, unknown>) => string

/** The measure types in the order the hover lists them. */
export const HOVER_TYPES: readonly MeasureType[] = [
  'centralized',
  'home-quarantine',
  'home-monitoring',
  'self-monitoring',
  'hospital',
]

/** How many days back the hover's positives reach. */
export const POSITIVE_DAYS = 7

/**
 * The lines of a village's figures on a day: people under each kind of control (only kinds with someone), fevers
 * that day, tests due and overdue, positives in the last 7 days.
 */
export function figureLines(
  t: Translate,
  counts: CountsByDay,
  day: VillageDayCounts,
  villageId: string,
  date: string,
): string[] {
  const byType = controlByType(day)
  const control = HOVER_TYPES.filter((type) => byType[type]).map((type) =>
    t('map.figures.controlOne', { type: t(`control.types.${type}`), n: formatCount(byType[type] ?? 0) }),
  )
  const positives = sumOver(counts, villageId, date, POSITIVE_DAYS, (c) => c.positives)
  return [
    control.length ? t('map.figures.control', { list: control.join(' · ') }) : t('map.figures.noControl'),
    t('map.figures.feversTests', {
      fevers: formatCount(day.fevers),
      due: formatCount(day.testsDue),
      overdue: formatCount(day.testsOverdue),
    }),
    t('map.figures.positives', { days: POSITIVE_DAYS, n: formatCount(positives) }),
  ]
}

/** One rule in words, e.g. 近 7 天阳性 ≥ 1 例; 密切接触者 居家隔离 ≥ 1 人. */
export function ruleText(t: Translate, rule: RiskRule): string {
  const who = rule.category ? t(`people.episodeKinds.${rule.category}`) : t('map.rules.anyone')
  const type = rule.measureType ? t(`control.types.${rule.measureType}`) : t('map.rules.anyControl')
  return t(`map.rules.describe.${rule.kind}`, { days: rule.days, min: rule.minCount, who, type })
}

/** The rules behind a suggestion, each with what it counted: 近 7 天阳性 ≥ 1 例（2）. */
export function hitsText(t: Translate, hits: readonly RuleHit[]): string {
  return hits.map((h) => t('map.rules.hit', { rule: ruleText(t, h.rule), count: formatCount(h.count) })).join('；')
}
