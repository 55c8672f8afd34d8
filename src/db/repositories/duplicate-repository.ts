import type { Actor } from '@/domain/accounts/user'
import { newId } from '@/domain/common/ids'
import { ValidationError } from '@/domain/common/result'
import type { DuplicateReview } from '@/domain/person/duplicate-review'
import type { DuplicateReason } from '@/domain/person/matching'
import type { CommandPostDatabase } from '../database'
import { note, writeWithAudit } from '../write'
import { duplicateSummary } from './person-audit'

async function reviewSummary(db: CommandPostDatabase, review: DuplicateReview): Promise<string> {
  const [person, other] = await db.persons.bulkGet([review.personId, review.otherId])
  return duplicateSummary(person, other, review.reasons)
}

/** Every review (any status) between two people, in either direction. */
export async function reviewsBetween(db: CommandPostDatabase, a: string, b: string): Promise<DuplicateReview[]> {
  const [forward, backward] = await Promise.all([
    db.duplicateReviews.where('personId').equals(a).toArray(),
    db.duplicateReviews.where('personId').equals(b).toArray(),
  ])
  return [...forward.filter((r) => r.otherId === b), ...backward.filter((r) => r.otherId === a)]
}

/** Every review naming this person on either side. */
export async function reviewsOf(db: CommandPostDatabase, personId: string): Promise<DuplicateReview[]> {
  const [asPerson, asOther] = await Promise.all([
    db.duplicateReviews.where('personId').equals(personId).toArray(),
    db.duplicateReviews.where('otherId').equals(personId).toArray(),
  ])
  return [...asPerson, ...asOther.filter((r) => r.personId !== personId)]
}

/**
 * Queues a likely duplicate for review, with an audit line. A pair already queued or already decided (either
 * way round) is not queued again, so registering the same person twice more never floods the queue: then the
 * result is undefined.
 */
export function addReview(
  db: CommandPostDatabase,
  personId: string,
  otherId: string,
  reasons: DuplicateReason[],
  actor: Actor,
): Promise<DuplicateReview | undefined> {
  return writeWithAudit(db, actor, [db.duplicateReviews, db.persons], async (ctx) => {
    if (personId === otherId || (await reviewsBetween(db, personId, otherId)).length > 0) return undefined
    const review: DuplicateReview = {
      id: newId('dup', ctx.now),
      personId,
      otherId,
      reasons,
      status: 'open',
      ...ctx.stampNew(),
    }
    await db.duplicateReviews.add(review)
    await ctx.audit(note('create', 'duplicate', review.id, await reviewSummary(db, review)))
    return review
  })
}

/** Open reviews, oldest first (the order they were queued in). */
export async function listOpenReviews(db: CommandPostDatabase): Promise<DuplicateReview[]> {
  const open = await db.duplicateReviews.where('status').equals('open').toArray()
  return open.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
}

/** How many reviews wait: an index count, for a badge. */
export function countOpenReviews(db: CommandPostDatabase): Promise<number> {
  return db.duplicateReviews.where('status').equals('open').count()
}

/** Records the decision on a review: merged into one person, or two different people. */
export function resolveReview(
  db: CommandPostDatabase,
  id: string,
  outcome: 'merged' | 'distinct',
  actor: Actor,
): Promise<DuplicateReview> {
  return writeWithAudit(db, actor, [db.duplicateReviews, db.persons], async (ctx) => {
    const before = await db.duplicateReviews.get(id)
    if (!before) throw new ValidationError([{ field: 'id', code: 'notFound' }])
    const after: DuplicateReview = {
      ...before,
      status: outcome,
      resolvedAt: ctx.now,
      resolvedBy: actor.id,
      updatedAt: ctx.now,
      updatedBy: actor.id,
    }
    await db.duplicateReviews.put(after)
    const changes = { status: { before: before.status, after: outcome } }
    await ctx.audit(note('update', 'duplicate', id, await reviewSummary(db, before), changes))
    return after
  })
}

/**
 * Points a review at another person (used by a merge: reviews of the merged record now concern the kept one).
 * A review that would pair the kept person with itself is closed as merged instead. No audit line of its own:
 * the merge's line covers it.
 */
export async function retargetReview(
  db: CommandPostDatabase,
  review: DuplicateReview,
  fromId: string,
  toId: string,
  now: number,
  actorId: string,
): Promise<void> {
  const personId = review.personId === fromId ? toId : review.personId
  const otherId = review.otherId === fromId ? toId : review.otherId
  const stamps = { updatedAt: now, updatedBy: actorId }
  if (personId === otherId && review.status === 'open')
    await db.duplicateReviews.put({ ...review, ...stamps, status: 'merged', resolvedAt: now, resolvedBy: actorId })
  else await db.duplicateReviews.put({ ...review, ...stamps, personId, otherId })
}
