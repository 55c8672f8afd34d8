import type { Actor } from '@/domain/accounts/user'
import type { CommandPostDatabase } from '@/db/database'
import { mergePersonInto, type MergeOutcome } from '@/db/repositories/merge-repository'

export type { MergeOutcome } from '@/db/repositories/merge-repository'

/**
 * Merges a likely duplicate into the person kept, as the review queue does: every episode moves to the kept
 * person, the other record is marked `mergedInto` and leaves the lists, the review between them is resolved as
 * merged, and the merge is written to the audit log, all in one transaction. Refuses merging a person with
 * itself, or a record already merged or retired.
 */
export function mergePeople(
  db: CommandPostDatabase,
  keepId: string,
  mergeId: string,
  actor: Actor,
): Promise<MergeOutcome> {
  return mergePersonInto(db, keepId, mergeId, actor)
}
