import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { DEFAULT_RISK_RULES } from '@/domain/map/risk-rules'
import type { CommandPostDatabase } from '@/db/database'
import { listRiskRules } from '@/db/repositories/risk-rule-repository'
import { saveRiskRules } from '@/services/map/risk-rules-service'
import { demoVillagesDb } from './map-test-db'

const LEADER: Actor = { id: 'usr_leader', name: '刘书记' }
let db: CommandPostDatabase

beforeEach(async () => {
  ;({ db } = await demoVillagesDb())
})
afterEach(async () => {
  await db.delete()
})

const input = DEFAULT_RISK_RULES.map(({ kind, level, minCount, days, category, measureType, enabled, id }) => ({
  id,
  kind,
  level,
  minCount,
  days,
  category,
  measureType,
  enabled,
}))

describe('the suggestion rules', () => {
  it('are the shipped defaults until a leader saves others, then the saved ones with one audit line', async () => {
    expect(await listRiskRules(db)).toEqual(DEFAULT_RISK_RULES)
    await saveRiskRules(db, [{ ...input[1], minCount: 3 }, input[0]], LEADER, 'leader')
    const saved = await listRiskRules(db)
    expect(saved.map((r) => [r.kind, r.minCount, r.order])).toEqual([
      ['control', 3, 0],
      ['positive', 1, 1],
    ])
    expect(saved[0].id).toMatch(/^rrl_/)
    const audit = await db.audit.where('[entity+entityId]').equals(['riskRule', 'rules']).toArray()
    expect(audit).toHaveLength(1)
    expect(audit[0].summary).toBe('风险建议规则 2 条')
    // Saving again keeps each kept rule's id and creation stamp.
    await saveRiskRules(db, saved, LEADER, 'leader')
    expect((await listRiskRules(db)).map((r) => r.id)).toEqual(saved.map((r) => r.id))
  })

  it('may be edited by a leader only, and a bad rule saves nothing', async () => {
    for (const role of ['duty', 'admin', 'clerk'] as const)
      await expect(saveRiskRules(db, input, LEADER, role)).rejects.toMatchObject({
        problems: [{ code: 'riskRule.forbidden' }],
      })
    const bad = saveRiskRules(db, [input[0], { ...input[1], level: 'none' }], LEADER, 'leader')
    await expect(bad).rejects.toBeInstanceOf(ValidationError)
    await expect(bad).rejects.toMatchObject({ problems: [{ code: 'riskRule.level', params: { row: 2 } }] })
    expect(await db.riskRules.count()).toBe(0)
  })

  it('drops the fields a kind does not use (a positive rule has no category)', async () => {
    await saveRiskRules(db, [{ ...input[0], category: 'inbound', measureType: 'centralized' }], LEADER, 'leader')
    expect((await listRiskRules(db))[0]).toMatchObject({ category: '', measureType: '' })
  })
})
