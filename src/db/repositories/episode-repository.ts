import type { Actor } from '@/domain/accounts/user'
import { diffFields } from '@/domain/audit/audit-entry'
import { newId } from '@/domain/common/ids'
import { ValidationError } from '@/domain/common/result'
import type { Episode, Person } from '@/domain/person/person'
import type { CommandPostDatabase } from '../database'
import { buildPersonRow, compareEpisodesLatestFirst, isListed, type EpisodeFields, type PersonRow } from '../person-row'
import { note, writeWithAudit } from '../write'
import { episodeSummary } from './person-audit'

/** A person's episodes, latest first (by arrival, then registration). */
export async function listEpisodes(db: CommandPostDatabase, personId: string): Promise<Episode[]> {
  const episodes = await db.episodes.where('personId').equals(personId).toArray()
  return episodes.sort(compareEpisodesLatestFirst)
}

/** One episode by id. */
export function getEpisode(db: CommandPostDatabase, id: string): Promise<Episode | undefined> {
  return db.episodes.get(id)
}

/** The episodes of secondary contacts linked to this close contact (次密接 → 密接). */
export function listContactsOf(db: CommandPostDatabase, personId: string): Promise<Episode[]> {
  return db.episodes.where('contactOf').equals(personId).toArray()
}

/**
 * Writes a person's row with its list fields recomputed from the episodes stored now. Call it inside the
 * transaction that changed the person or an episode, after the episode writes, so the row never disagrees with
 * them. Returns the stored row.
 */
export async function storePersonRow(db: CommandPostDatabase, person: Person): Promise<PersonRow> {
  const row = buildPersonRow(person, await db.episodes.where('personId').equals(person.id).toArray())
  await db.persons.put(row)
  return row
}

/** The person an episode may be added to: it must exist and be listed (a merged record takes no more episodes). */
export async function requireListedPerson(db: CommandPostDatabase, id: string): Promise<PersonRow> {
  const person = await db.persons.get(id)
  if (!person) throw new ValidationError([{ field: 'personId', code: 'notFound' }])
  if (!isListed(person))
    throw new ValidationError([{ field: 'personId', code: 'person.unlisted', params: { name: person.name } }])
  return person
}

/** Adds an episode to a registered person (the same document registered again), with an audit line. */
export function addEpisode(
  db: CommandPostDatabase,
  personId: string,
  fields: EpisodeFields,
  actor: Actor,
): Promise<{ person: PersonRow; episode: Episode }> {
  return writeWithAudit(db, actor, [db.persons, db.episodes], async (ctx) => {
    const before = await requireListedPerson(db, personId)
    const episode: Episode = { ...fields, id: newId('epi', ctx.now), personId, ...ctx.stampNew() }
    await db.episodes.add(episode)
    const person = await storePersonRow(db, before)
    await ctx.audit(note('create', 'episode', episode.id, episodeSummary(person, episode)))
    return { person, episode }
  })
}

/** Saves an edit of an episode, recording which fields changed; the person's list fields follow. */
export function updateEpisode(
  db: CommandPostDatabase,
  id: string,
  fields: EpisodeFields,
  actor: Actor,
): Promise<Episode> {
  return writeWithAudit(db, actor, [db.persons, db.episodes], async (ctx) => {
    const before = await db.episodes.get(id)
    if (!before) throw new ValidationError([{ field: 'id', code: 'notFound' }])
    const person = await requireListedPerson(db, before.personId)
    const after: Episode = { ...before, ...fields, id, updatedAt: ctx.now, updatedBy: actor.id }
    await db.episodes.put(after)
    await storePersonRow(db, person)
    await ctx.audit(note('update', 'episode', id, episodeSummary(person, after), diffFields(before, after)))
    return after
  })
}
