import type { Actor } from '@/domain/accounts/user'
import type { Instant, Retirable, Stamped } from '@/domain/common/entity'
import type { Episode, Person } from '@/domain/person/person'
import type { CommandPostDatabase } from '../database'
import { buildPersonRow, type PersonRow } from '../person-row'
import { note, writeWithAudit } from '../write'

/** When a record was registered, if not now (generated history, a paper register typed in later). */
type RegisteredAt = { createdAt?: Instant }

/** A person with its episodes, ids already given (generated data, or links between rows of one import). */
export interface PersonBundle {
  person: Omit<Person, keyof Stamped | keyof Retirable | 'mergedInto'> & RegisteredAt
  episodes: (Omit<Episode, keyof Stamped> & RegisteredAt)[]
}

function stamped<T extends RegisteredAt>(record: T, stamps: Stamped): T & Stamped {
  const at = record.createdAt ?? stamps.createdAt
  return { ...record, ...stamps, createdAt: at, updatedAt: at }
}

/**
 * Adds many new people with their episodes in one transaction and two bulk writes, with one audit line for the
 * batch (`source` says what it was). The rows are built as every other write builds them. Nothing is checked
 * here: the caller has validated the data and found no one already registered.
 */
export function addPeopleInBulk(
  db: CommandPostDatabase,
  bundles: readonly PersonBundle[],
  source: string,
  actor: Actor,
): Promise<number> {
  return writeWithAudit(db, actor, [db.persons, db.episodes], async (ctx) => {
    const stamps = ctx.stampNew()
    const rows: PersonRow[] = []
    const episodes: Episode[] = []
    for (const bundle of bundles) {
      const own = bundle.episodes.map((e) => stamped(e, stamps))
      episodes.push(...own)
      rows.push(buildPersonRow(stamped(bundle.person, stamps), own))
    }
    await db.persons.bulkAdd(rows)
    await db.episodes.bulkAdd(episodes)
    await ctx.audit(note('import', 'person', '*', `${source}：新增 ${rows.length} 人，${episodes.length} 条排查记录`))
    return rows.length
  })
}
