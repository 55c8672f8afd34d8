import { describe, expect, it } from 'vitest'
import {
  decisionOn,
  levelOn,
  levelsOn,
  riskDecisionProblems,
  riskHistory,
  type RiskDecision,
  type RiskDecisionInput,
} from '@/domain/map/risk-level'

let counter = 0
function decision(
  villageId: string,
  level: RiskDecision['level'],
  from: string,
  to = '',
  at = ++counter,
): RiskDecision {
  return {
    id: `rsk_${String(at).padStart(4, '0')}`,
    villageId,
    level,
    effectiveFrom: from,
    effectiveTo: to,
    reason: '病例',
    source: '县指发〔2022〕12号',
    decidedBy: '张书记',
    decidedAt: at,
    createdAt: at,
    createdBy: 'usr_1',
    updatedAt: at,
    updatedBy: 'usr_1',
  }
}

describe('the level on a date', () => {
  const history = [
    decision('v1', 'medium', '2022-11-01'),
    decision('v1', 'high', '2022-11-05', '2022-11-11'),
    decision('v1', 'low', '2022-11-20'),
  ]

  it('is none before any decision', () => {
    expect(levelOn(history, '2022-10-31')).toBe('none')
    expect(levelOn([], '2022-11-05')).toBe('none')
  })

  it('follows the newest decision in force, day by day', () => {
    expect(levelOn(history, '2022-11-01')).toBe('medium')
    expect(levelOn(history, '2022-11-04')).toBe('medium')
    expect(levelOn(history, '2022-11-05')).toBe('high')
    expect(levelOn(history, '2022-11-11')).toBe('high')
    // the 7-day lockdown ended: the open-ended medium decided before it applies again
    expect(levelOn(history, '2022-11-12')).toBe('medium')
    expect(levelOn(history, '2022-11-20')).toBe('low')
    expect(levelOn(history, '2023-01-01')).toBe('low')
  })

  it('lets the decision recorded last win on the same first day', () => {
    const sameDay = [decision('v2', 'high', '2022-11-05', '', 100), decision('v2', 'low', '2022-11-05', '', 200)]
    expect(decisionOn(sameDay, '2022-11-06')?.level).toBe('low')
    expect(decisionOn([...sameDay].reverse(), '2022-11-06')?.level).toBe('low')
  })

  it('gives every village its level at once, and the history newest first', () => {
    const all = [...history, decision('v3', 'high', '2022-11-10')]
    const levels = levelsOn(all, '2022-11-10')
    expect(levels.get('v1')).toBe('high')
    expect(levels.get('v3')).toBe('high')
    expect(riskHistory(history).map((d) => d.level)).toEqual(['low', 'high', 'medium'])
  })
})

describe('a decision as entered', () => {
  const good: RiskDecisionInput = {
    villageId: 'v1',
    level: 'high',
    effectiveFrom: '2022-11-05',
    effectiveTo: '',
    reason: '确诊病例居住地',
    source: '11月5日调度会',
    decidedBy: '张书记',
  }

  it('passes with a reason, a source and a first day', () => {
    expect(riskDecisionProblems(good)).toEqual([])
  })

  it('needs reason, source and who decided, and dates in order', () => {
    const codes = riskDecisionProblems({ ...good, reason: ' ', source: '', decidedBy: '', effectiveTo: '2022-11-01' })
    expect(codes.map((p) => `${p.field}:${p.code}`)).toEqual([
      'effectiveTo:risk.toBeforeFrom',
      'reason:required',
      'source:required',
      'decidedBy:required',
    ])
    expect(riskDecisionProblems({ ...good, level: 'extreme' as never })[0].code).toBe('risk.level')
  })
})
