import { describe, expect, it } from 'vitest'
import { DEFAULT_RISK_RULES, suggestLevel } from '@/domain/map/risk-rules'
import { countsOf, countVillages } from '@/domain/map/village-counts'
import { i18n } from '@/i18n'
import { figureLines, hitsText, ruleText } from '@/views/map/village-figures-text'

const t = i18n.global.t as (key: string, params?: Record<string, unknown>) => string
const counts = countVillages(
  {
    measures: [
      {
        villageId: 'v1',
        category: 'close-contact',
        startDate: '2022-07-05',
        plannedEnd: '2022-07-18',
        status: 'active',
        releasedOn: '',
        segments: [{ type: 'home-quarantine', from: '2022-07-05', to: '2022-07-18' }],
        testDates: ['2022-07-06', '2022-07-10'],
      },
    ],
    openTests: [{ villageId: 'v1', dueOn: '2022-07-08' }],
    positives: [{ villageId: 'v1', day: '2022-07-06' }],
    fevers: [{ villageId: 'v1', date: '2022-07-10' }],
    arrivals: [],
  },
  '2022-07-01',
  '2022-07-10',
)

describe('the hover’s figures in words', () => {
  it('lists people under each kind of control, fevers, tests due and overdue, positives of 7 days', () => {
    const lines = figureLines(t, counts, countsOf(counts, '2022-07-10', 'v1'), 'v1', '2022-07-10')
    expect(lines).toEqual(['管控：居家隔离 1', '今日发热 1 · 核酸应检 1 · 逾期 1', '阳性（近 7 天）1'])
    expect(figureLines(t, counts, countsOf(counts, '2022-07-01', 'v2'), 'v2', '2022-07-01')[0]).toBe('管控：无')
  })

  it('says which rules made a suggestion and what they counted', () => {
    expect(ruleText(t, DEFAULT_RISK_RULES[1])).toBe('密切接触者居家隔离 ≥ 1 人')
    const suggestion = suggestLevel(DEFAULT_RISK_RULES, counts, 'v1', '2022-07-10')
    expect(hitsText(t, suggestion.hits)).toBe(
      '近 7 天阳性 ≥ 1 例（现 1）；密切接触者居家隔离 ≥ 1 人（现 1）；近 3 天发热 ≥ 1 人（现 1）',
    )
  })
})
