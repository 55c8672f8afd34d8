import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import type { Episode, Person } from '@/domain/person/person'
import type { CommandPostDatabase } from '../database'
import { personOf, type PersonRow } from '../person-row'
import { note, writeWithAudit } from '../write'
import { retargetReview, reviewsOf } from './duplicate-repository'
import { listContactsOf, listEpisodes, requireListedPerson, storePersonRow } from './episode-repository'
import { personSummary } from './person-audit'

/** What a merge did. */
export interface MergeOutcome {
  /** The kept person, with every episode of both. */
  person: PersonRow
  /** The merged record, now pointing at the kept one (`mergedInto`) and out of every list. */
  merged: PersonRow
  movedEpisodes: number
}

/**
 * Merges one person into another in one transaction: every episode moves to the kept person, links of
 * secondary contacts follow, the kept person gains the other's phones, the other record is marked `mergedInto`
 * (kept, never deleted, so its number still leads to the kept person), reviews between the two are closed as
 * merged and reviews of the merged record with third people now name the kept one. An audit line on each.
 */
export function mergePersonInto(
  db: CommandPostDatabase,
  keepId: string,
  mergeId: string,
  actor: Actor,
): Promise<MergeOutcome> {
  return writeWithAudit(db, actor, [db.persons, db.episodes, db.duplicateReviews], async (ctx) => {
    if (keepId === mergeId) throw new ValidationError([{ field: 'mergeId', code: 'person.mergeSelf' }])
    const keep = personOf(await requireListedPerson(db, keepId))
    const gone = personOf(await requireListedPerson(db, mergeId))
    const stamps = { updatedAt: ctx.now, updatedBy: actor.id }
    const episodes = await listEpisodes(db, mergeId)
    const moved: Episode[] = episodes.map((e) => ({ ...e, ...stamps, personId: keepId }))
    await db.episodes.bulkPut(moved)
    const contacts = await listContactsOf(db, mergeId)
    await db.episodes.bulkPut(contacts.map((e) => ({ ...e, ...stamps, contactOf: keepId })))
    const phones = [...new Set([...keep.phones, ...gone.phones])]
    const kept: Person = phones.length === keep.phones.length ? keep : { ...keep, ...stamps, phones }
    const person = await storePersonRow(db, kept)
    const merged = await storePersonRow(db, { ...gone, ...stamps, mergedInto: keepId })
    for (const review of await reviewsOf(db, mergeId))
      await retargetReview(db, review, mergeId, keepId, ctx.now, actor.id)
    const summary = `${personSummary(gone)} → ${personSummary(keep)}：${moved.length} 条排查记录`
    await ctx.audit(note('merge', 'person', mergeId, summary, { mergedInto: { before: undefined, after: keepId } }))
    await ctx.audit(note('merge', 'person', keepId, summary))
    return { person, merged, movedEpisodes: moved.length }
  })
}
