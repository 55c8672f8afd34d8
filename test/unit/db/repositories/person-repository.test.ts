import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { listEpisodes } from '@/db/repositories/episode-repository'
import {
  createPersonWithEpisode,
  findPeopleByDocuments,
  findPeopleByName,
  findPersonByDocument,
  getPerson,
  recordReveal,
  setPersonRetired,
  updatePerson,
} from '@/db/repositories/person-repository'
import { mergePersonInto } from '@/db/repositories/merge-repository'
import { episodeFields, personFields, residentId } from '../../../fixtures/people'

const CLERK: Actor = { id: 'usr_clerk', name: '陈文书' }
const NUMBER = residentId('19900307', '123')
let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})

afterEach(async () => {
  await db.delete()
})

async function problemCodes(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).problems.map((p) => p.code)
}

describe('createPersonWithEpisode', () => {
  it('stores the person with list fields, the episode, and two audit lines without the full number', async () => {
    const { person, episode } = await createPersonWithEpisode(db, personFields(), episodeFields(), CLERK)
    expect(person.id).toMatch(/^per_/)
    expect(episode).toMatchObject({ personId: person.id, createdBy: CLERK.id })
    expect(episode.id).toMatch(/^epi_/)
    expect(await getPerson(db, person.id)).toMatchObject({ latestKind: 'returnee', latestArrival: '2021-01-08' })
    expect(await listEpisodes(db, person.id)).toEqual([episode])
    const audit = await db.audit.orderBy('id').toArray()
    expect(audit.map((a) => [a.action, a.entity])).toEqual([
      ['create', 'person'],
      ['create', 'episode'],
    ])
    expect(audit[0].summary).toBe(`张伟华 511826********${NUMBER.slice(-4)}`)
    expect(JSON.stringify(audit)).not.toContain(NUMBER)
  })
})

describe('findPersonByDocument', () => {
  it('finds by type and number through the index, an ID and a permit being one number space', async () => {
    const { person } = await createPersonWithEpisode(db, personFields(), episodeFields(), CLERK)
    expect((await findPersonByDocument(db, 'resident-id', NUMBER))?.id).toBe(person.id)
    expect((await findPersonByDocument(db, 'hmt-permit', NUMBER))?.id).toBe(person.id)
    expect((await findPersonByDocument(db, 'resident-id', ` ${NUMBER.toLowerCase()} `))?.id).toBe(person.id)
    expect(await findPersonByDocument(db, 'passport', NUMBER)).toBeUndefined()
    expect(await findPersonByDocument(db, 'resident-id', residentId('19900307', '125'))).toBeUndefined()
    expect(await findPersonByDocument(db, 'none', '')).toBeUndefined()
  })

  it('leaves retired people out and follows a merged record to the person it became', async () => {
    const a = await createPersonWithEpisode(db, personFields(), episodeFields(), CLERK)
    const other = residentId('19900307', '125')
    const b = await createPersonWithEpisode(db, personFields({ documentNumber: other }), episodeFields(), CLERK)
    await mergePersonInto(db, a.person.id, b.person.id, CLERK)
    expect((await findPersonByDocument(db, 'resident-id', other))?.id).toBe(a.person.id)
    await setPersonRetired(db, a.person.id, { reason: '误录' }, CLERK)
    expect(await findPersonByDocument(db, 'resident-id', NUMBER)).toBeUndefined()
    expect(await findPersonByDocument(db, 'resident-id', other)).toBeUndefined()
  })
})

describe('duplicate candidates', () => {
  it('finds listed people by name key and by a list of numbers', async () => {
    const { person } = await createPersonWithEpisode(
      db,
      personFields({ name: '阿依古丽·买买提' }),
      episodeFields(),
      CLERK,
    )
    expect((await findPeopleByName(db, ' 阿依古丽・买买提 ')).map((p) => p.id)).toEqual([person.id])
    expect(await findPeopleByName(db, '阿依古丽')).toEqual([])
    const found = await findPeopleByDocuments(db, 'resident-id', ['1', NUMBER])
    expect(found.map((p) => p.id)).toEqual([person.id])
  })
})

describe('updatePerson', () => {
  it('saves the change, recomputes the list fields and audits the fields with numbers masked', async () => {
    const { person } = await createPersonWithEpisode(db, personFields(), episodeFields(), CLERK)
    const next = residentId('19900307', '135')
    const after = await updatePerson(
      db,
      person.id,
      { name: '曾伟', documentNumber: next, phones: ['13900001111'] },
      CLERK,
    )
    expect(after).toMatchObject({ name: '曾伟', latestKind: 'returnee', updatedBy: CLERK.id })
    expect(after.searchKeys).toContain('zw')
    expect(after.searchKeys).not.toContain('zwh')
    const line = (await db.audit.where('action').equals('update').toArray())[0]
    expect(line.changes?.name).toEqual({ before: '张伟华', after: '曾伟' })
    expect(line.changes?.documentNumber).toEqual({
      before: `511826********${NUMBER.slice(-4)}`,
      after: `511826********${next.slice(-4)}`,
    })
    expect(line.changes?.phones).toEqual({ before: ['138****5678'], after: ['139****1111'] })
    expect(JSON.stringify(line)).not.toContain(next)
  })

  it('refuses a number another person holds, and an unknown person', async () => {
    const { person } = await createPersonWithEpisode(db, personFields(), episodeFields(), CLERK)
    const other = residentId('19900307', '125')
    await createPersonWithEpisode(db, personFields({ documentNumber: other, name: '李娜' }), episodeFields(), CLERK)
    expect(await problemCodes(updatePerson(db, person.id, { documentNumber: other }, CLERK))).toEqual([
      'person.document.taken',
    ])
    expect(await problemCodes(updatePerson(db, 'per_nobody', { name: '王五' }, CLERK))).toEqual(['notFound'])
  })
})

describe('setPersonRetired', () => {
  it('retires with a reason (out of the list indexes) and restores', async () => {
    const { person } = await createPersonWithEpisode(db, personFields(), episodeFields(), CLERK)
    const retired = await setPersonRetired(db, person.id, { reason: '重复录入' }, CLERK)
    expect(retired).toMatchObject({ retiredReason: '重复录入', retiredBy: CLERK.id })
    expect(retired.latestArrival).toBeUndefined()
    expect(await db.persons.orderBy('latestArrival').count()).toBe(0)
    const restored = await setPersonRetired(db, person.id, false, CLERK)
    expect(restored.retiredAt).toBeUndefined()
    expect(restored.latestArrival).toBe('2021-01-08')
    const actions = (await db.audit.where('entity').equals('person').toArray()).map((a) => a.action)
    expect(actions).toEqual(expect.arrayContaining(['retire', 'restore']))
  })
})

describe('recordReveal', () => {
  it('returns the person and writes a reveal line naming the field, never the number', async () => {
    const { person } = await createPersonWithEpisode(db, personFields(), episodeFields(), CLERK)
    expect((await recordReveal(db, person.id, 'documentNumber', CLERK)).documentNumber).toBe(NUMBER)
    const line = (await db.audit.where('action').equals('reveal').toArray())[0]
    expect(line).toMatchObject({ entity: 'person', entityId: person.id, actorId: CLERK.id })
    expect(line.summary).toContain('证件号码')
    expect(line.summary).not.toContain(NUMBER)
    expect(await problemCodes(recordReveal(db, 'per_nobody', 'phones', CLERK))).toEqual(['notFound'])
  })
})
