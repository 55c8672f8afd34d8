import { describe, expect, it } from 'vitest'
import {
  arrivalKindsAsked,
  DEFAULT_RISK_RULES,
  riskRuleProblems,
  suggestLevel,
  type RiskRule,
} from '@/domain/map/risk-rules'
import { countVillages, type CountSources } from '@/domain/map/village-counts'

const today = '2022-07-10'
const homeQuarantine = {
  villageId: 'v2',
  category: 'close-contact' as const,
  startDate: '2022-07-05',
  plannedEnd: '2022-07-18',
  status: 'active' as const,
  releasedOn: '',
  segments: [{ type: 'home-quarantine' as const, from: '2022-07-05', to: '2022-07-18' }],
  testDates: [],
}
const sources: CountSources = {
  measures: [homeQuarantine, { ...homeQuarantine, villageId: 'v1' }],
  openTests: [],
  positives: [{ villageId: 'v1', day: '2022-07-04' }],
  fevers: [{ villageId: 'v3', date: '2022-07-09' }],
  arrivals: [],
}
const counts = countVillages(sources, '2022-06-20', today)

describe('suggested risk levels', () => {
  it('suggests high for a positive in the last 7 days, medium for close contacts at home, low for a fever', () => {
    const v1 = suggestLevel(DEFAULT_RISK_RULES, counts, 'v1', today)
    expect(v1.level).toBe('high')
    // Both rules hold; the highest level comes first, with what each counted.
    expect(v1.hits.map((h) => [h.rule.kind, h.count])).toEqual([
      ['positive', 1],
      ['control', 1],
    ])
    expect(suggestLevel(DEFAULT_RISK_RULES, counts, 'v2', today).level).toBe('medium')
    expect(suggestLevel(DEFAULT_RISK_RULES, counts, 'v3', today).level).toBe('low')
    expect(suggestLevel(DEFAULT_RISK_RULES, counts, 'v4', today)).toEqual({ level: 'none', hits: [] })
  })

  it('forgets a positive after its look-back and reads any replayed day', () => {
    // The positive of 07-04 is 7 days old on 07-10 (07-04 … 07-10): still in; on 07-11 it is out.
    const later = countVillages(sources, '2022-06-20', '2022-07-11')
    expect(suggestLevel(DEFAULT_RISK_RULES, later, 'v1', '2022-07-11').level).toBe('medium')
    // Before the home quarantine started, the day of the positive suggests high from it alone.
    expect(suggestLevel(DEFAULT_RISK_RULES, counts, 'v1', '2022-07-04').hits).toHaveLength(1)
  })

  it('obeys a rule’s minimum, category, measure type and switch', () => {
    const rule = (over: Partial<RiskRule>): RiskRule => ({ ...DEFAULT_RISK_RULES[1], ...over })
    expect(suggestLevel([rule({ minCount: 2 })], counts, 'v2', today).level).toBe('none')
    expect(suggestLevel([rule({ category: 'inbound' })], counts, 'v2', today).level).toBe('none')
    expect(suggestLevel([rule({ category: '', measureType: '' })], counts, 'v2', today).level).toBe('medium')
    expect(suggestLevel([rule({ measureType: 'centralized' })], counts, 'v2', today).level).toBe('none')
    expect(suggestLevel([rule({ enabled: false })], counts, 'v2', today).level).toBe('none')
  })

  it('counts registrations by kind for arrival rules, and says which kinds the counts must read', () => {
    const arrival = {
      ...DEFAULT_RISK_RULES[0],
      kind: 'arrival' as const,
      category: 'inbound' as const,
      level: 'low' as const,
      minCount: 2,
    }
    const withArrivals = countVillages(
      { ...sources, arrivals: [1, 2].map(() => ({ villageId: 'v5', kind: 'inbound' as const, day: '2022-07-08' })) },
      '2022-06-20',
      today,
    )
    expect(suggestLevel([arrival], withArrivals, 'v5', today).level).toBe('low')
    expect(arrivalKindsAsked([arrival, DEFAULT_RISK_RULES[0]])).toEqual(['inbound'])
  })

  it('refuses a rule suggesting none, a count under 1 and a look-back over 30 days, naming the row', () => {
    const input = { ...DEFAULT_RISK_RULES[0], level: 'none' as const, minCount: 0, days: 31 }
    expect(riskRuleProblems(input, 2).map((p) => [p.code, p.params])).toEqual([
      ['riskRule.level', { row: 3 }],
      ['riskRule.minCount', { row: 3 }],
      ['riskRule.days', { row: 3 }],
    ])
    expect(riskRuleProblems(DEFAULT_RISK_RULES[0], 0)).toEqual([])
  })
})
