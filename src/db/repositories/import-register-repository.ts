import type { MatchablePerson } from '@/domain/person/matching'
import type { CommandPostDatabase } from '../database'
import { isListed } from '../person-row'
import { EPISODE_KIND_PREFIX, PERSON_ROWS_KEY } from '../tallies'

/** What an import is compared with: the listed people, and where merged records' numbers now belong. */
export interface RegisterPeople {
  listed: MatchablePerson[]
  /** A merged record's id → the listed person it ended up in (following merges), for numbers it held. */
  merged: { record: MatchablePerson; intoId: string }[]
}

/** Merges are short chains; the bound only guards against a (corrupt) cycle (as person-repository's). */
const MAX_MERGE_HOPS = 10

function matchable(row: MatchablePerson): MatchablePerson {
  const { id, name, documentType, documentNumber, phones, birthDate } = row
  return { id, name, documentType, documentNumber, phones, birthDate }
}

/**
 * Every person of the register in the few fields matching looks at: listed people, and merged records (with
 * the listed person each was merged into) so a number that belonged to a merged record finds its person.
 * One read of the whole table (getAll): at 100k people a few hundred ms, far less than one lookup per row.
 */
export async function listRegisterPeople(db: CommandPostDatabase): Promise<RegisterPeople> {
  const rows = await db.persons.toArray()
  const byId = new Map(rows.map((row) => [row.id, row]))
  const people: RegisterPeople = { listed: [], merged: [] }
  for (const row of rows) {
    if (isListed(row)) people.listed.push(matchable(row))
    else if (row.mergedInto !== undefined && row.documentNumber !== '') {
      let target = byId.get(row.mergedInto)
      for (let hop = 0; target && !isListed(target) && hop < MAX_MERGE_HOPS; hop++)
        target = target.mergedInto === undefined ? undefined : byId.get(target.mergedInto)
      if (target && isListed(target)) people.merged.push({ record: matchable(row), intoId: target.id })
    }
  }
  return people
}

/** What a person's stored episodes say for an import: `kind|arrivalDate` keys and source references. */
export interface EpisodeFacts {
  keys: string[]
  sourceRefs: string[]
}

/** The episode facts of these people, by person id (people without episodes are absent). */
export async function listEpisodeFacts(
  db: CommandPostDatabase,
  personIds: readonly string[],
): Promise<Map<string, EpisodeFacts>> {
  const facts = new Map<string, EpisodeFacts>()
  if (personIds.length === 0) return facts
  const episodes = await db.episodes.where('personId').anyOf(personIds).toArray()
  for (const episode of episodes) {
    const own = facts.get(episode.personId) ?? { keys: [], sourceRefs: [] }
    own.keys.push(`${episode.kind}|${episode.arrivalDate}`)
    if (episode.sourceRef !== '') own.sourceRefs.push(episode.sourceRef)
    facts.set(episode.personId, own)
  }
  return facts
}

/**
 * A fingerprint of the register: how many people and episodes it holds, and the latest change stamps. A plan made
 * against one fingerprint is stale when it differs. Compared for equality, not against the clock: rows stamped
 * "in the future" (a PC whose clock was wrong, generated data) do not make every import stale.
 */
export async function registerVersion(db: CommandPostDatabase): Promise<string> {
  // The counts from the maintained counters (db/tallies.ts): counting the tables walked every row, ~0.7 s at
  // 120k people and 170k episodes, read twice per import (its preview and its commit).
  const [people, kinds, person, episode] = await Promise.all([
    db.tallies.get(PERSON_ROWS_KEY),
    db.tallies.where('key').startsWith(EPISODE_KIND_PREFIX).toArray(),
    db.persons.orderBy('updatedAt').last(),
    db.episodes.orderBy('createdAt').last(),
  ])
  const episodes = kinds.reduce((sum, row) => sum + row.count, 0)
  return [people?.count ?? 0, episodes, person?.updatedAt, person?.id, episode?.createdAt, episode?.id].join('|')
}

/** The register's people and its version, read in one transaction so the two agree. */
export function readRegister(db: CommandPostDatabase): Promise<{ people: RegisterPeople; version: string }> {
  return db.transaction('r', db.persons, db.episodes, db.tallies, async () => {
    const version = await registerVersion(db)
    return { people: await listRegisterPeople(db), version }
  })
}
