import { liveQuery } from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { DEFAULT_RISK_RULES, suggestLevel } from '@/domain/map/risk-rules'
import { controlByType, countsOf } from '@/domain/map/village-counts'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { testsOfMeasure } from '@/db/repositories/control/nucleic-test-repository'
import { recordCheck } from '@/services/control/health-check-service'
import { recordTestResult } from '@/services/control/test-service'
import { countsWindowStart, loadVillageCounts } from '@/services/map/village-counts-service'
import { quarantinedContact } from '../../../fixtures/control'

const DUTY: Actor = { id: 'usr_duty', name: '张值班' }
const VILLAGE = 'vil_a'
let db: CommandPostDatabase
let measure: Awaited<ReturnType<typeof quarantinedContact>>['measure']

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
  ;({ measure } = await quarantinedContact(db, DUTY))
})
afterEach(async () => {
  vi.restoreAllMocks()
  await db.delete()
})

describe('the map’s village counts from the registers', () => {
  it('counts the quarantined contact, tests due and overdue, a fever and a positive on their days', async () => {
    const [first, second] = await testsOfMeasure(db, measure.id)
    await recordCheck(
      db,
      {
        measureId: measure.id,
        date: '2022-07-03',
        morning: '38.2',
        afternoon: '',
        recheck: '',
        symptoms: [],
        status: 'seen-not-ok',
        checkedBy: '刘网格',
      },
      DUTY,
    )
    await recordTestResult(db, second.id, 'positive', second.dueOn, DUTY, 'duty', '2022-07-20')
    const today = '2022-07-20'
    const counts = await loadVillageCounts(db, [VILLAGE], DEFAULT_RISK_RULES, today)
    expect(controlByType(countsOf(counts, '2022-07-03', VILLAGE))).toEqual({ centralized: 1 })
    expect(countsOf(counts, '2022-07-03', VILLAGE).fevers).toBe(1)
    expect(countsOf(counts, first.dueOn, VILLAGE).testsDue).toBe(1)
    // The first test was never sampled: overdue from the next day on.
    expect(countsOf(counts, '2022-07-20', VILLAGE).testsOverdue).toBeGreaterThanOrEqual(1)
    expect(countsOf(counts, second.dueOn, VILLAGE).positives).toBe(1)
    expect(suggestLevel(DEFAULT_RISK_RULES, counts, VILLAGE, second.dueOn).level).toBe('high')
    // The window reaches the replay's 60 days plus the rules' 7-day look-back.
    expect(counts.has(countsWindowStart(today, DEFAULT_RISK_RULES))).toBe(true)
    expect(countsWindowStart(today, DEFAULT_RISK_RULES)).toBe('2022-05-16')
  })

  it('reads registrations for arrival rules through the people indexes', async () => {
    const rules = [
      { ...DEFAULT_RISK_RULES[0], kind: 'arrival' as const, category: 'close-contact' as const },
      { ...DEFAULT_RISK_RULES[0], kind: 'arrival' as const, category: '' as const },
    ]
    const counts = await loadVillageCounts(db, [VILLAGE], rules, '2022-07-05')
    expect(countsOf(counts, '2022-07-01', VILLAGE).arrivals).toEqual({ 'close-contact': 1, any: 1 })
  })

  it('keeps the registrations live: counted in a read transaction inside a live query', async () => {
    const rules = [{ ...DEFAULT_RISK_RULES[0], kind: 'arrival' as const, category: '' as const }]
    const seen: number[] = []
    const watch = liveQuery(() => loadVillageCounts(db, [VILLAGE], rules, '2022-07-05')).subscribe((counts) =>
      seen.push(countsOf(counts, '2022-07-01', VILLAGE).arrivals.any ?? 0),
    )
    await vi.waitFor(() => expect(seen).toEqual([1]))
    // Someone else from the same village, registered on the same day.
    const row = await db.persons.get(measure.personId)
    await db.persons.add({ ...row!, id: 'per_second' })
    await vi.waitFor(() => expect(seen.at(-1)).toBe(2))
    watch.unsubscribe()
  })

  it('never scans a whole table: every read goes through an index', async () => {
    const tables = [db.measures, db.nucleicTests, db.healthChecks, db.persons]
    const scans = tables.flatMap((table) =>
      (['toArray', 'toCollection', 'filter', 'each', 'count'] as const).map((method) => vi.spyOn(table, method)),
    )
    const rules = [...DEFAULT_RISK_RULES, { ...DEFAULT_RISK_RULES[0], kind: 'arrival' as const, category: '' as const }]
    await loadVillageCounts(db, [VILLAGE], rules, '2022-07-05')
    for (const scan of scans) expect(scan).not.toHaveBeenCalled()
  })
})
