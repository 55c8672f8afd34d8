import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import type { ValidationError } from '@/domain/common/result'
import { levelOn, type RiskDecisionInput } from '@/domain/map/risk-level'
import type { Village } from '@/domain/township/village'
import type { CommandPostDatabase } from '@/db/database'
import { getMapSettings, saveMapSettings } from '@/db/repositories/map-layer-repository'
import { listRiskDecisions, listVillageDecisions } from '@/db/repositories/risk-repository'
import { chooseRiskLabels, decideRiskLevel } from '@/services/map/risk-service'
import { demoVillagesDb } from './map-test-db'

const LEADER: Actor = { id: 'usr_leader', name: '刘书记' }
let db: CommandPostDatabase
let villages: Village[]

beforeEach(async () => ({ db, villages } = await demoVillagesDb()))
afterEach(() => db.delete())

function input(more: Partial<RiskDecisionInput> = {}): RiskDecisionInput {
  return {
    villageId: villages[4].id,
    level: 'high',
    effectiveFrom: '2022-11-05',
    effectiveTo: '',
    reason: ' 确诊病例居住地 ',
    source: '芦山县指发〔2022〕12号',
    decidedBy: '刘书记',
    ...more,
  }
}

async function problemsOf(run: Promise<unknown>): Promise<string[]> {
  try {
    await run
  } catch (e) {
    return (e as ValidationError).problems.map((p) => `${p.field}:${p.code}`)
  }
  return []
}

describe('deciding a risk level', () => {
  it('records a leader decision with its audit line, trimmed', async () => {
    const saved = await decideRiskLevel(db, input(), LEADER, 'leader')
    expect(saved).toMatchObject({ level: 'high', reason: '确诊病例居住地', createdBy: 'usr_leader' })
    const audit = await db.audit.where('[entity+entityId]').equals(['riskDecision', saved.id]).toArray()
    expect(audit.map((a) => a.summary)).toEqual(['花园村 高风险（2022-11-05起）'])
  })

  it('keeps every decision: a change is a new row, and the level on any day comes from the history', async () => {
    await decideRiskLevel(db, input(), LEADER, 'leader')
    await decideRiskLevel(
      db,
      input({ level: 'medium', effectiveFrom: '2022-11-12', reason: '封控期满' }),
      LEADER,
      'leader',
    )
    const history = await listVillageDecisions(db, villages[4].id)
    expect(history).toHaveLength(2)
    expect(levelOn(history, '2022-11-04')).toBe('none')
    expect(levelOn(history, '2022-11-11')).toBe('high')
    expect(levelOn(history, '2022-11-12')).toBe('medium')
  })

  it('refuses a duty officer, a clerk and an administrator before writing anything', async () => {
    for (const role of ['duty', 'clerk', 'admin'] as const)
      expect(await problemsOf(decideRiskLevel(db, input(), LEADER, role))).toEqual(['level:risk.forbidden'])
    expect(await listRiskDecisions(db)).toEqual([])
  })

  it('refuses a decision without a source or with dates out of order, and a retired or unknown village', async () => {
    expect(
      await problemsOf(decideRiskLevel(db, input({ source: ' ', effectiveTo: '2022-11-01' }), LEADER, 'leader')),
    ).toEqual(['effectiveTo:risk.toBeforeFrom', 'source:required'])
    expect(await problemsOf(decideRiskLevel(db, input({ villageId: 'vil_nope' }), LEADER, 'leader'))).toEqual([
      'villageId:risk.noVillage',
    ])
    expect(await listRiskDecisions(db)).toEqual([])
  })

  it('words the audit line with the labels the township chose', async () => {
    await saveMapSettings(db, { id: 'map', labelSet: 'control' }, LEADER)
    const saved = await decideRiskLevel(db, input(), LEADER, 'leader')
    const [line] = await db.audit.where('[entity+entityId]').equals(['riskDecision', saved.id]).toArray()
    expect(line.summary).toContain('封控区')
  })

  it('lets a leader or the administrator choose the wording, not a duty officer', async () => {
    expect(await problemsOf(chooseRiskLabels(db, 'control', LEADER, 'duty'))).toEqual(['labelSet:risk.forbidden'])
    expect((await getMapSettings(db)).labelSet).toBe('risk')
    await chooseRiskLabels(db, 'control', LEADER, 'leader')
    expect((await getMapSettings(db)).labelSet).toBe('control')
  })
})
