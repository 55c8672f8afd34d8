import type { Actor } from '@/domain/accounts/user'
import type { LocalDate } from '@/domain/common/entity'
import { generateDemoPeople } from '@/domain/demo/demo-people'
import { DEMO_SEED } from '@/domain/demo/demo-township'
import { localToday } from '@/domain/person/dates'
import { addToDuplicateIndex, buildDuplicateIndex, findLikelyDuplicates } from '@/domain/person/matching'
import type { Village } from '@/domain/township/village'
import type { CommandPostDatabase } from '@/db/database'
import { addReview } from '@/db/repositories/duplicate-repository'
import { addPeopleInBulk } from '@/db/repositories/person-bulk-repository'
import { writeWithAudit } from '@/db/write'

/** What the demo added. */
export interface DemoPeopleResult {
  people: number
  reviews: number
}

/**
 * Adds the demo township's people (generated for these villages, arriving in the 21 days before `today`) in one
 * transaction, then queues their likely duplicates for review the way registration would have, in the order they
 * were registered, so the review queue has something to show.
 */
export function addDemoPeople(
  db: CommandPostDatabase,
  villages: readonly Village[],
  actor: Actor,
  today: LocalDate = localToday(),
): Promise<DemoPeopleResult> {
  // Generated times fall in office hours of their day; today's must not lie in the future of the clock.
  const now = Date.now()
  const bundles = generateDemoPeople(villages, DEMO_SEED, today).map((b) => ({
    person: { ...b.person, createdAt: Math.min(b.person.createdAt, now) },
    episodes: b.episodes.map((e) => ({ ...e, createdAt: Math.min(e.createdAt, now) })),
  }))
  return writeWithAudit(db, actor, [db.persons, db.episodes, db.duplicateReviews], async () => {
    const people = await addPeopleInBulk(db, bundles, '示范人员', actor)
    const index = buildDuplicateIndex([])
    let reviews = 0
    for (const { person } of [...bundles].sort((a, b) => a.person.createdAt - b.person.createdAt)) {
      for (const match of findLikelyDuplicates(index, person))
        if (await addReview(db, person.id, match.id, match.reasons, actor)) reviews++
      addToDuplicateIndex(index, person)
    }
    return { people, reviews }
  })
}
