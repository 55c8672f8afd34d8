import type { Actor } from '@/domain/accounts/user'
import { diffFields } from '@/domain/audit/audit-entry'
import { newId } from '@/domain/common/ids'
import { ValidationError } from '@/domain/common/result'
import { documentKey, nameKey } from '@/domain/person/matching'
import type { DocumentType, Episode, Person } from '@/domain/person/person'
import type { CommandPostDatabase } from '../database'
import {
  buildPersonRow,
  isListed,
  normalizeSearchText,
  personOf,
  type EpisodeFields,
  type PersonFields,
  type PersonRow,
} from '../person-row'
import { note, writeWithAudit } from '../write'
import { immediate } from '../zone'
import { requireListedPerson, storePersonRow } from './episode-repository'
import { episodeSummary, maskedChanges, personSummary } from './person-audit'

/** Resident IDs, HK/Macao/Taiwan permits and foreigners' cards share one number space (matching.ts documentKey). */
const ID_FAMILY: readonly DocumentType[] = ['resident-id', 'hmt-permit', 'foreign-permanent']

/** Merges are short chains; the bound only guards against a (corrupt) cycle. */
const MAX_MERGE_HOPS = 10

/** The listed person a record became by merges (itself when listed), or undefined when there is none. */
export async function followMerges(db: CommandPostDatabase, id: string): Promise<PersonRow | undefined> {
  let row = await db.persons.get(id)
  for (let hop = 0; row && hop < MAX_MERGE_HOPS; hop++) {
    if (isListed(row)) return row
    if (row.mergedInto === undefined) return undefined
    row = await db.persons.get(row.mergedInto)
  }
  return undefined
}

/**
 * The listed person holding this document number, read from the `[documentType+documentNumber]` index (a few
 * key lookups, never a scan). An ID, a permit and a foreigner's card number are one space; a merged record's
 * number leads to the person it was merged into; retired records are not returned.
 */
export async function findPersonByDocument(
  db: CommandPostDatabase,
  type: DocumentType,
  number: string,
): Promise<PersonRow | undefined> {
  const key = documentKey(type, number)
  if (key === '') return immediate(undefined)
  const normalised = key.slice(key.indexOf(':') + 1)
  const types = type === 'passport' ? ['passport'] : ID_FAMILY
  const rows = await db.persons
    .where('[documentType+documentNumber]')
    .anyOf(types.map((t) => [t, normalised]))
    .toArray()
  const listed = rows.find(isListed)
  if (listed) return listed
  for (const row of rows) {
    const target = row.mergedInto === undefined ? undefined : await followMerges(db, row.mergedInto)
    if (target) return target
  }
  return undefined
}

/** Listed people whose name is this one (compared as matching.ts `nameKey` does): duplicate candidates. */
export async function findPeopleByName(db: CommandPostDatabase, name: string): Promise<PersonRow[]> {
  const key = normalizeSearchText(nameKey(name))
  if (key === '') return immediate([])
  // The name is one of the search keys, which only listed people carry.
  return db.persons
    .where('searchKeys')
    .equals(key)
    .filter((row) => normalizeSearchText(nameKey(row.name)) === key)
    .toArray()
}

/** Listed people holding any of these numbers under this document type (e.g. a number's one-off variants). */
export async function findPeopleByDocuments(
  db: CommandPostDatabase,
  type: DocumentType,
  numbers: readonly string[],
): Promise<PersonRow[]> {
  if (type === 'none' || numbers.length === 0) return immediate([])
  const rows = await db.persons
    .where('[documentType+documentNumber]')
    .anyOf(numbers.map((n) => [type, n]))
    .toArray()
  return rows.filter(isListed)
}

/** Several people by id, in the same order (undefined where an id is unknown). */
export function getPeople(db: CommandPostDatabase, ids: string[]): Promise<Array<PersonRow | undefined>> {
  return db.persons.bulkGet(ids)
}

/** One person by id (retired and merged records included: the detail screen says which they are). */
export function getPerson(db: CommandPostDatabase, id: string): Promise<PersonRow | undefined> {
  return db.persons.get(id)
}

/** Registers a new person with a first episode, in one transaction with an audit line for each. */
export function createPersonWithEpisode(
  db: CommandPostDatabase,
  fields: PersonFields,
  episodeFields: EpisodeFields,
  actor: Actor,
): Promise<{ person: PersonRow; episode: Episode }> {
  return writeWithAudit(db, actor, [db.persons, db.episodes], async (ctx) => {
    const stamps = ctx.stampNew()
    const person: Person = { ...fields, id: newId('per', ctx.now), ...stamps }
    const episode: Episode = { ...episodeFields, id: newId('epi', ctx.now), personId: person.id, ...stamps }
    const row = buildPersonRow(person, [episode])
    await db.persons.add(row)
    await db.episodes.add(episode)
    await ctx.audit(note('create', 'person', person.id, personSummary(person)))
    await ctx.audit(note('create', 'episode', episode.id, episodeSummary(person, episode)))
    return { person: row, episode }
  })
}

/**
 * Saves an edit of a person, recording which fields changed (document number and phones masked). Refuses a
 * document number another listed person holds: the two are then one person, to merge.
 */
export function updatePerson(
  db: CommandPostDatabase,
  id: string,
  fields: Partial<PersonFields>,
  actor: Actor,
): Promise<PersonRow> {
  return writeWithAudit(db, actor, [db.persons, db.episodes], async (ctx) => {
    const before = personOf(await requireListedPerson(db, id))
    const after: Person = { ...before, ...fields, id, updatedAt: ctx.now, updatedBy: actor.id }
    const holder = await findPersonByDocument(db, after.documentType, after.documentNumber)
    if (holder && holder.id !== id)
      throw new ValidationError([
        { field: 'documentNumber', code: 'person.document.taken', params: { name: holder.name } },
      ])
    const row = await storePersonRow(db, after)
    const changes = maskedChanges(diffFields(before, after))
    await ctx.audit(note('update', 'person', id, personSummary(after), changes))
    return row
  })
}

/** Retires (never deletes) a person with the reason, or restores a retired one; lists leave retired people out. */
export function setPersonRetired(
  db: CommandPostDatabase,
  id: string,
  retire: { reason: string } | false,
  actor: Actor,
): Promise<PersonRow> {
  return writeWithAudit(db, actor, [db.persons, db.episodes], async (ctx) => {
    const found = await db.persons.get(id)
    if (!found) throw new ValidationError([{ field: 'id', code: 'notFound' }])
    const { retiredAt: _a, retiredBy: _b, retiredReason: _c, ...active } = personOf(found)
    const after: Person = retire
      ? { ...active, retiredAt: ctx.now, retiredBy: actor.id, retiredReason: retire.reason }
      : active
    after.updatedAt = ctx.now
    after.updatedBy = actor.id
    const row = await storePersonRow(db, after)
    const summary = retire ? `${personSummary(after)}：${retire.reason}` : personSummary(after)
    await ctx.audit(note(retire ? 'retire' : 'restore', 'person', id, summary))
    return row
  })
}

/** What a reveal shows in full. */
export type RevealedField = 'documentNumber' | 'phones'

const REVEALED_NAMES: Record<RevealedField, string> = { documentNumber: '证件号码', phones: '联系电话' }

/**
 * Reads a person and writes the audit line saying who saw which field in full, in one transaction: the read
 * and its record commit together. The caller has checked that the actor may (`people.reveal`).
 */
export function recordReveal(
  db: CommandPostDatabase,
  personId: string,
  field: RevealedField,
  actor: Actor,
): Promise<PersonRow> {
  return writeWithAudit(db, actor, [db.persons], async (ctx) => {
    const person = await db.persons.get(personId)
    if (!person) throw new ValidationError([{ field: 'personId', code: 'notFound' }])
    await ctx.audit(note('reveal', 'person', personId, `${personSummary(person)}：${REVEALED_NAMES[field]}`))
    return person
  })
}
