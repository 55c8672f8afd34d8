import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import {
  addReview,
  countOpenReviews,
  listOpenReviews,
  resolveReview,
  reviewsBetween,
} from '@/db/repositories/duplicate-repository'
import { createPersonWithEpisode } from '@/db/repositories/person-repository'
import { episodeFields, personFields, residentId } from '../../../fixtures/people'

const CLERK: Actor = { id: 'usr_clerk', name: '陈文书' }
let db: CommandPostDatabase
let a: string
let b: string

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
  a = (await createPersonWithEpisode(db, personFields(), episodeFields(), CLERK)).person.id
  const other = personFields({ documentNumber: residentId('19900307', '125') })
  b = (await createPersonWithEpisode(db, other, episodeFields(), CLERK)).person.id
})

afterEach(async () => {
  await db.delete()
})

describe('the review queue', () => {
  it('queues a pair once, either way round, with an audit line naming both (numbers masked)', async () => {
    const review = await addReview(db, b, a, ['namePhone'], CLERK)
    expect(review).toMatchObject({ personId: b, otherId: a, status: 'open', reasons: ['namePhone'] })
    expect(await addReview(db, b, a, ['namePhone'], CLERK)).toBeUndefined()
    expect(await addReview(db, a, b, ['nameBirthDate'], CLERK)).toBeUndefined()
    expect(await addReview(db, a, a, ['namePhone'], CLERK)).toBeUndefined()
    expect(await listOpenReviews(db)).toEqual([review])
    expect(await countOpenReviews(db)).toBe(1)
    const line = (await db.audit.where('entity').equals('duplicate').toArray())[0]
    expect(line.summary).toBe(
      `张伟华 511826********${residentId('19900307', '125').slice(-4)} ↔ 张伟华 511826********${residentId().slice(-4)}：同名同电话`,
    )
  })

  it('resolves a review, which leaves the open queue and is never queued again', async () => {
    const review = (await addReview(db, b, a, ['namePhone'], CLERK))!
    const resolved = await resolveReview(db, review.id, 'distinct', CLERK)
    expect(resolved).toMatchObject({ status: 'distinct', resolvedBy: CLERK.id })
    expect(await listOpenReviews(db)).toEqual([])
    expect(await addReview(db, a, b, ['namePhone'], CLERK)).toBeUndefined()
    expect(await reviewsBetween(db, a, b)).toEqual([resolved])
    const line = (await db.audit.where('action').equals('update').toArray())[0]
    expect(line).toMatchObject({ entity: 'duplicate', changes: { status: { before: 'open', after: 'distinct' } } })
  })
})
