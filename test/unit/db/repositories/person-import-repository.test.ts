import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import type { ValidationError } from '@/domain/common/result'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { listRegisterPeople, registerVersion } from '@/db/repositories/import-register-repository'
import { mergePersonInto } from '@/db/repositories/merge-repository'
import type { ImportBatch } from '@/db/repositories/person-import-batch'
import { writeImportBatch } from '@/db/repositories/person-import-repository'
import { createPersonWithEpisode } from '@/db/repositories/person-repository'
import { episodeFields, personFields, residentId } from '../../../fixtures/people'

const CLERK: Actor = { id: 'usr_clerk', name: '陈文书' }
let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})

afterEach(async () => {
  await db.delete()
})

async function batch(more: Partial<ImportBatch> = {}): Promise<ImportBatch> {
  return {
    label: '青龙村 a.xlsx',
    registerVersion: await registerVersion(db),
    people: [],
    episodes: [],
    reviews: [],
    ...more,
  }
}

describe('writeImportBatch', () => {
  it('writes new people with list fields, episodes of registered people, reviews and the mapping, in one go', async () => {
    const known = await createPersonWithEpisode(db, personFields({ phones: [], villageId: '' }), episodeFields(), CLERK)
    const fresh = { ...personFields({ documentNumber: residentId('19851120', '246'), name: '李娜' }), id: 'per_new' }
    const imported = episodeFields({
      arrivalDate: '2021-02-01',
      departureDate: '',
      source: 'import',
      sourceRef: 'a.xlsx#S!2',
    })
    const summary = await writeImportBatch(
      db,
      await batch({
        people: [{ person: fresh, episodes: [imported] }],
        episodes: [
          {
            personId: known.person.id,
            episodes: [imported],
            fields: personFields({ villageId: 'vil_b', gridId: 'g' }),
          },
        ],
        reviews: [
          { personId: 'per_new', otherId: known.person.id, reasons: ['namePhone'], names: [fresh, known.person] },
        ],
        mapping: {
          source: '青龙村',
          mapping: { columns: { 姓名: 'name' }, polarity: 'normal', ignored: [], defaultKind: 'returnee' },
        },
      }),
      CLERK,
    )
    expect(summary).toEqual({ people: 1, episodes: 2, reviews: 1, auditLines: 3 })
    expect(await db.persons.get('per_new')).toMatchObject({
      name: '李娜',
      latestArrival: '2021-02-01',
      createdBy: CLERK.id,
    })
    expect(await db.persons.get(known.person.id)).toMatchObject({
      phones: ['13812345678'],
      villageId: 'vil_b',
      latestArrival: '2021-02-01',
    })
    expect(await db.episodes.where('personId').equals(known.person.id).count()).toBe(2)
    expect(await db.importMappings.count()).toBe(1)
    const audit = await db.audit.toArray()
    expect(audit.map((a) => [a.action, a.entity])).toEqual(
      expect.arrayContaining([
        ['import', 'episode'],
        ['create', 'duplicate'],
        ['import', 'person'],
      ]),
    )
    expect(audit.find((a) => a.entityId === '*')?.summary).toBe('青龙村 a.xlsx：新增 1 人，2 条排查记录，1 条疑似重复')
  })

  it('refuses a plan made before the register changed, writing nothing', async () => {
    await createPersonWithEpisode(
      db,
      personFields({ documentNumber: residentId('19700101', '111') }),
      episodeFields(),
      CLERK,
    )
    const planned = await batch({
      people: [{ person: { ...personFields({ name: '李娜' }), id: 'per_new' }, episodes: [episodeFields()] }],
    })
    await createPersonWithEpisode(db, personFields(), episodeFields(), CLERK)
    expect(await registerVersion(db)).not.toBe(planned.registerVersion)
    const before = await db.audit.count()
    const refused = await writeImportBatch(db, planned, CLERK).catch((e: unknown) => e)
    expect((refused as ValidationError).problems[0].code).toBe('peopleImport.stale')
    expect(await db.persons.count()).toBe(2)
    expect(await db.audit.count()).toBe(before)
  })
})

describe('listRegisterPeople', () => {
  it('lists listed people, and merged records with the person they ended up in', async () => {
    const kept = await createPersonWithEpisode(db, personFields(), episodeFields(), CLERK)
    const merged = await createPersonWithEpisode(
      db,
      personFields({ documentNumber: residentId('19900307', '125') }),
      episodeFields(),
      CLERK,
    )
    await mergePersonInto(db, kept.person.id, merged.person.id, CLERK)
    const people = await listRegisterPeople(db)
    expect(people.listed.map((p) => p.id)).toEqual([kept.person.id])
    expect(people.merged).toEqual([
      { record: expect.objectContaining({ id: merged.person.id }), intoId: kept.person.id },
    ])
  })
})

describe('registerVersion', () => {
  it('changes with a new person, an edit or a new episode, whatever the clock says', async () => {
    const first = await registerVersion(db)
    const created = await createPersonWithEpisode(db, personFields(), episodeFields(), CLERK)
    const second = await registerVersion(db)
    // A row stamped in the future (generated data, a wrong clock) is part of the version, not "newer than now".
    await db.persons.update(created.person.id, { updatedAt: Date.now() + 86_400_000 })
    const third = await registerVersion(db)
    expect(new Set([first, second, third]).size).toBe(3)
    expect(await registerVersion(db)).toBe(third)
  })

  it('counts the people and episodes as the tables hold them (from the maintained counters), and changes on a delete', async () => {
    const a = await createPersonWithEpisode(db, personFields(), episodeFields(), CLERK)
    await createPersonWithEpisode(db, personFields(), episodeFields({ kind: 'inbound' }), CLERK)
    const [people, episodes] = (await registerVersion(db)).split('|')
    expect([Number(people), Number(episodes)]).toEqual([await db.persons.count(), await db.episodes.count()])
    const before = await registerVersion(db)
    await db.episodes.where('personId').equals(a.person.id).delete()
    await db.persons.delete(a.person.id)
    const after = await registerVersion(db)
    expect(after).not.toBe(before)
    expect(after.split('|').slice(0, 2).map(Number)).toEqual([await db.persons.count(), await db.episodes.count()])
  })
})
