import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { COVID_EDITION_9 } from '@/domain/control/national-packs'
import type { RulePack } from '@/domain/control/rule-pack'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { testsOfMeasure } from '@/db/repositories/control/nucleic-test-repository'
import { startMeasure } from '@/services/control/measure-service'
import { allPacks, applyPackChanges, changesOfPack, writePack } from '@/services/control/pack-service'
import { registerPerson } from '@/services/people/register-service'
import { registration, residentId } from '../../../fixtures/people'

const LEADER: Actor = { id: 'usr_leader', name: '刘书记' }
let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})
afterEach(async () => {
  await db.delete()
})

/** A county's stricter variant of the 9th edition: close contacts 7 days home quarantine + 7 days monitoring. */
const countyPack = (more: Partial<RulePack> = {}): RulePack => ({
  id: 'county-strict',
  version: 1,
  name: '县加严方案',
  disease: '新冠肺炎',
  document: '县指发〔2022〕9号',
  effectiveFrom: '2022-07-01',
  effectiveTo: '',
  dayCounting: 'day-1',
  basedOn: 'covid-9',
  categories: {
    'close-contact': {
      segments: [
        { type: 'home-quarantine', days: 7, testDays: [1, 7] },
        { type: 'home-monitoring', days: 7, testDays: [7] },
      ],
      release: 'last-test-negative',
      note: '',
    },
  },
  ...more,
})

async function homeMeasure() {
  const { episode } = await registerPerson(
    db,
    registration(
      { name: '李密接', documentNumber: residentId('19900307', '131') },
      { kind: 'close-contact', arrivalDate: '2022-07-01', indexCase: '病例1' },
    ),
    LEADER,
    '2022-07-02',
  )
  return startMeasure(
    db,
    episode.id,
    {
      packId: 'covid-9',
      anchorDate: '2022-07-01',
      startDate: '2022-07-02',
      siteId: '',
      roomId: '',
      orderMode: 'written',
      responsible: '',
      firstType: 'home-quarantine',
    },
    LEADER,
    'leader',
  )
}

describe('local rule packs', () => {
  it('stores a leader’s pack as version 1, 2, … next to the shipped ones', async () => {
    expect((await writePack(db, countyPack(), LEADER, 'leader')).version).toBe(1)
    expect((await writePack(db, countyPack({ name: '县加严方案（修订）' }), LEADER, 'leader')).version).toBe(2)
    const packs = await allPacks(db)
    expect(packs.slice(0, 4).map((p) => p.id)).toEqual(['covid-8', 'covid-9', 'covid-20', 'covid-10'])
    expect(packs.slice(4).map((p) => [p.id, p.version, p.name])).toEqual([['county-strict', 2, '县加严方案（修订）']])
    expect(await db.localPacks.count()).toBe(2)
    expect(await db.audit.where('entity').equals('rulePack').count()).toBe(2)
  })

  it('refuses an inconsistent pack with the reason, a shipped id, and anyone but a leader', async () => {
    const bad = countyPack()
    bad.categories['close-contact']!.segments[0].testDays = [8]
    await expect(writePack(db, bad, LEADER, 'leader')).rejects.toMatchObject({
      problems: [{ code: 'pack.testDayOutside', params: { category: 'close-contact', segment: 1, day: 8, days: 7 } }],
    })
    await expect(writePack(db, countyPack({ id: 'covid-9' }), LEADER, 'leader')).rejects.toMatchObject({
      problems: [{ code: 'pack.shippedId' }],
    })
    await expect(writePack(db, countyPack(), LEADER, 'duty')).rejects.toMatchObject({
      problems: [{ code: 'pack.forbidden' }],
    })
    expect(await db.localPacks.count()).toBe(0)
  })
})

describe('measures a new pack would change', () => {
  it('lists them without writing, and a leader applies them with history and new test appointments', async () => {
    const measure = await homeMeasure()
    await writePack(db, countyPack(), LEADER, 'leader')
    const changes = await changesOfPack(db, 'county-strict')
    // Day 1 is the exposure day: 14 days end on 07-14; tests on days 1, 7 and 14 (those before the start dropped).
    expect(changes.map((c) => [c.measure.id, c.plannedEnd, c.testDates.after])).toEqual([
      [measure.id, { before: measure.plannedEnd, after: '2022-07-14' }, ['2022-07-07', '2022-07-14']],
    ])
    expect((await db.measures.get(measure.id))?.packId).toBe('covid-9')
    await expect(applyPackChanges(db, 'county-strict', [measure.id], LEADER, 'clerk')).rejects.toBeInstanceOf(
      ValidationError,
    )
    expect(await applyPackChanges(db, 'county-strict', [measure.id], LEADER, 'leader')).toBe(1)
    const after = (await db.measures.get(measure.id))!
    expect(after).toMatchObject({
      packId: 'county-strict',
      packVersion: 1,
      dayCounting: 'day-1',
      plannedEnd: '2022-07-14',
    })
    expect(after.history.at(-1)).toMatchObject({ kind: 'repack', by: '刘书记' })
    expect(after.history.at(-1)!.detail).toContain('county-strict v1')
    expect((await testsOfMeasure(db, measure.id)).map((t) => t.dueOn)).toEqual(['2022-07-07', '2022-07-14'])
    expect(await changesOfPack(db, 'county-strict')).toEqual([])
    // The shipped pack it came from would now change it back: listed, never applied by itself.
    expect((await changesOfPack(db, COVID_EDITION_9.id)).length).toBe(1)
  })
})
