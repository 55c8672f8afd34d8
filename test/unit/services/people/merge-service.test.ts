import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { listOpenReviews, reviewsBetween } from '@/db/repositories/duplicate-repository'
import { listContactsOf, listEpisodes } from '@/db/repositories/episode-repository'
import { listPeople } from '@/db/repositories/person-list-repository'
import { findPersonByDocument, getPerson } from '@/db/repositories/person-repository'
import { mergePeople } from '@/services/people/merge-service'
import { registerPerson } from '@/services/people/register-service'
import { registration, residentId } from '../../../fixtures/people'

const CLERK: Actor = { id: 'usr_clerk', name: '陈文书' }
const TODAY = '2021-01-20'
let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})

afterEach(async () => {
  await db.delete()
})

/** Two records of one person (same name and phone, one with a mistyped number), a third person, and a contact. */
async function seed() {
  const keep = await registerPerson(db, registration(), CLERK, TODAY)
  const other = residentId('19850101', '311')
  const merge = await registerPerson(
    db,
    registration(
      { documentNumber: other, birthDate: '', phones: ['13812345678', '13700001111'] },
      { kind: 'incoming', arrivalDate: '2021-01-15' },
    ),
    CLERK,
    TODAY,
  )
  const third = await registerPerson(
    db,
    registration({ documentNumber: residentId('19700101', '511'), birthDate: '', phones: ['13700001111'] }),
    CLERK,
    TODAY,
  )
  const contact = await registerPerson(
    db,
    registration(
      { documentType: 'none', documentNumber: '', name: '李娜', phones: [], birthDate: '', sex: 'female' },
      { kind: 'secondary-contact', contactOf: merge.person.id },
    ),
    CLERK,
    TODAY,
  )
  return { keep: keep.person, merge: merge.person, third: third.person, contact: contact.episode, other }
}

describe('mergePeople', () => {
  it('keeps every episode on the kept person, retires the other from lists, resolves reviews, audits it', async () => {
    const { keep, merge, third, contact, other } = await seed()
    expect((await listOpenReviews(db)).map((r) => [r.personId, r.otherId])).toEqual([
      [merge.id, keep.id],
      [third.id, merge.id],
    ])
    const outcome = await mergePeople(db, keep.id, merge.id, CLERK)
    expect(outcome.movedEpisodes).toBe(1)
    expect((await listEpisodes(db, keep.id)).map((e) => e.kind)).toEqual(['incoming', 'returnee'])
    expect(await listEpisodes(db, merge.id)).toEqual([])
    expect(outcome.person).toMatchObject({ latestKind: 'incoming', phones: ['13812345678', '13700001111'] })
    const gone = await getPerson(db, merge.id)
    expect(gone?.mergedInto).toBe(keep.id)
    expect(gone?.latestArrival).toBeUndefined()
    expect((await findPersonByDocument(db, 'resident-id', other))?.id).toBe(keep.id)
    expect((await listPeople(db, { page: 1, pageSize: 20 })).items.map((p) => p.id)).not.toContain(merge.id)
    expect((await listContactsOf(db, keep.id)).map((e) => e.id)).toEqual([contact.id])
    // The pair's review is closed as merged; the merged record's review with the third person now names the kept one.
    expect((await reviewsBetween(db, keep.id, merge.id)).map((r) => r.status)).toEqual(['merged'])
    expect((await listOpenReviews(db)).map((r) => [r.personId, r.otherId])).toEqual([[third.id, keep.id]])
    const lines = await db.audit.where('action').equals('merge').toArray()
    expect(lines.map((l) => l.entityId).sort()).toEqual([keep.id, merge.id].sort())
    expect(lines[0].summary).toContain('1 条排查记录')
    expect(JSON.stringify(lines)).not.toContain(other)
  })

  it('refuses merging a person with itself, or a record already merged, and writes nothing', async () => {
    const { keep, merge } = await seed()
    await mergePeople(db, keep.id, merge.id, CLERK)
    const audit = await db.audit.count()
    for (const [a, b, code] of [
      [keep.id, keep.id, 'person.mergeSelf'],
      [keep.id, merge.id, 'person.unlisted'],
      [merge.id, keep.id, 'person.unlisted'],
    ]) {
      const error = await mergePeople(db, a, b, CLERK).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).problems[0].code).toBe(code)
    }
    expect(await db.audit.count()).toBe(audit)
  })
})
