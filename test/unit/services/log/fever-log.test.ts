import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { controlHooks, setControlHooks } from '@/services/control/control-hooks'
import { recordCheck } from '@/services/control/health-check-service'
import { feverLogEntry, installFeverLogging } from '@/services/log/fever-log'
import { verifyLogChain } from '@/services/log/chain-service'
import { quarantinedContact } from '../../../fixtures/control'

const DUTY: Actor = { id: 'usr_duty', name: '张值班' }
let db: CommandPostDatabase
let measureId: string
let personId: string

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
  const { person, measure } = await quarantinedContact(db, DUTY, 2)
  personId = person.id
  measureId = measure.id
})
afterEach(async () => {
  setControlHooks({ onFever: undefined })
  await db.delete()
})

const check = (morning: string, recheck = '') => ({
  measureId,
  date: '2022-07-03',
  morning,
  afternoon: '',
  recheck,
  symptoms: [],
  status: 'seen-not-ok' as const,
  checkedBy: '刘网格',
})

describe('fever logging', () => {
  it('writes a fever into the wartime log, linked to the person, by whoever recorded the check', async () => {
    installFeverLogging()
    await recordCheck(db, check('38.2', '38.0'), DUTY, controlHooks())
    const entries = await db.logEntries.toArray()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      kind: 'report',
      authorId: DUTY.id,
      counterpart: '刘网格',
      content: '张伟华（2022-07-03健康监测）体温异常：上午 38.2℃，复测 38.0℃',
      links: [{ type: 'person', id: personId }],
    })
    expect((await verifyLogChain(db)).breaks).toEqual([])
  })

  it('writes nothing for a normal reading', async () => {
    installFeverLogging()
    await recordCheck(db, check('36.5'), DUTY, controlHooks())
    expect(await db.logEntries.count()).toBe(0)
  })

  it('words the entry from the readings taken', () => {
    const measure = { villageId: 'vil_a', personName: '李娜', personId: 'per_1' }
    const entry = feverLogEntry({
      check: { date: '2022-07-04', afternoon: 37.6, checkedBy: '王医生' },
      measure,
    } as Parameters<typeof feverLogEntry>[0])
    expect(entry.content).toBe('李娜（2022-07-04健康监测）体温异常：下午 37.6℃')
    expect(entry.villageId).toBe('vil_a')
  })
})
