import type { Actor } from '@/domain/accounts/user'
import type { LocalDate } from '@/domain/common/entity'
import { ValidationError, type Problem } from '@/domain/common/result'
import { localToday } from '@/domain/person/dates'
import { readDocumentNumber } from '@/domain/person/id-number'
import { likelyDuplicates } from '@/domain/person/matching'
import type { Episode, Person, ResponsiblePeople } from '@/domain/person/person'
import { episodeProblems, personProblems, type EpisodeInput, type PersonInput } from '@/domain/person/person-rules'
import { readPhones } from '@/domain/person/phone'
import type { CommandPostDatabase } from '@/db/database'
import type { EpisodeFields, PersonFields, PersonRow } from '@/db/person-row'
import { addReview } from '@/db/repositories/duplicate-repository'
import { addEpisode } from '@/db/repositories/episode-repository'
import {
  createPersonWithEpisode,
  findPeopleByDocuments,
  findPeopleByName,
  findPersonByDocument,
  updatePerson,
} from '@/db/repositories/person-repository'
import { writeWithAudit } from '@/db/write'
import { emptyContact } from '@/domain/township/village'
import { nearDocumentNumbers } from './near-documents'

/** What the registration form (or a line-list row) supplies: the checked fields, and the rest when known. */
export interface RegistrationInput {
  person: PersonInput &
    Partial<Pick<Person, 'villageId' | 'gridId' | 'household' | 'address' | 'notes' | 'responsible'>>
  episode: EpisodeInput &
    Partial<Pick<Episode, 'originRisk' | 'transport' | 'transportNumber' | 'symptoms' | 'source' | 'sourceRef'>>
}

/** What registering did: a new person, or a new episode of a person already registered under that number. */
export interface RegistrationResult {
  person: PersonRow
  episode: Episode
  outcome: 'new-person' | 'new-episode'
  /** Likely duplicates found (each queued for review unless that pair was queued or decided before). */
  duplicates: number
  /** Saved, and shown: a number that needs checking, a phone that is neither mobile nor landline… */
  warnings: Problem[]
}

/** 五包一 not yet chosen. */
export function emptyResponsible(): ResponsiblePeople {
  return {
    townshipCadre: emptyContact(),
    villageCadre: emptyContact(),
    police: emptyContact(),
    doctor: emptyContact(),
    gridMember: emptyContact(),
  }
}

/** The person as stored: number normalised, phones normalised, sex and birth date from the ID when not given. */
function personFields(input: RegistrationInput['person'], today: LocalDate): PersonFields {
  const reading = readDocumentNumber(input.documentNumber, input.documentType, today)
  return {
    documentType: input.documentType,
    documentNumber: reading.number,
    documentCheck: reading.check,
    name: input.name.trim(),
    sex: input.sex !== 'unknown' ? input.sex : (reading.sex ?? 'unknown'),
    birthDate: input.birthDate || reading.birthDate || '',
    phones: [...new Set(input.phones.flatMap(readPhones).map((p) => p.value))],
    villageId: input.villageId ?? '',
    gridId: input.gridId ?? '',
    household: input.household?.trim() ?? '',
    address: input.address?.trim() ?? '',
    notes: input.notes?.trim() ?? '',
    responsible: input.responsible ?? emptyResponsible(),
  }
}

function episodeFields(input: RegistrationInput['episode']): EpisodeFields {
  return {
    originRisk: 'unknown',
    transport: '',
    transportNumber: '',
    symptoms: [],
    source: 'form',
    sourceRef: '',
    ...input,
    indexCase: input.indexCase.trim(),
    contactOf: input.contactOf.trim(),
  }
}

/** Phones the register lacks, and the village, grid and address when the register has none. */
function newDetails(known: PersonRow, fields: PersonFields): Partial<PersonFields> {
  const details: Partial<PersonFields> = {}
  const phones = fields.phones.filter((p) => !known.phones.includes(p))
  if (phones.length) details.phones = [...known.phones, ...phones]
  if (known.villageId === '' && fields.villageId !== '') {
    details.villageId = fields.villageId
    details.gridId = fields.gridId
  }
  if (known.address === '' && fields.address !== '') details.address = fields.address
  return details
}

async function queueDuplicates(db: CommandPostDatabase, person: PersonRow, actor: Actor): Promise<number> {
  const [sameName, nearNumber] = await Promise.all([
    findPeopleByName(db, person.name),
    findPeopleByDocuments(db, person.documentType, nearDocumentNumbers(person.documentNumber)),
  ])
  const names = new Set(sameName.map((p) => p.id))
  const found = likelyDuplicates(person, [...sameName, ...nearNumber.filter((p) => !names.has(p.id))])
  for (const match of found) await addReview(db, person.id, match.id, match.reasons, actor)
  return found.length
}

/**
 * Registers a person as the form, the line list or a county list does: normalises and checks the input (errors
 * refuse it and nothing is written; warnings are saved with it, a failing number as `needs-checking`). A number
 * already registered adds a new episode to that person, and fills in phones and a village it lacked; a new
 * number registers a new person. Then likely duplicates (same name and phone, same name and birth date, a number
 * one character off) are queued for review without blocking. All in one transaction.
 */
export async function registerPerson(
  db: CommandPostDatabase,
  input: RegistrationInput,
  actor: Actor,
  today: LocalDate = localToday(),
): Promise<RegistrationResult> {
  const fields = personFields(input.person, today)
  const checked = personProblems({ ...input.person, sex: fields.sex, birthDate: fields.birthDate }, today)
  const episodeChecked = episodeProblems(input.episode, today)
  const errors = [...checked.errors, ...episodeChecked.errors]
  if (errors.length) throw new ValidationError(errors)
  const warnings = [...checked.warnings, ...episodeChecked.warnings]
  const tables = [db.persons, db.episodes, db.duplicateReviews]
  return writeWithAudit(db, actor, tables, async () => {
    const known = await findPersonByDocument(db, fields.documentType, fields.documentNumber)
    if (known) {
      const added = await addEpisode(db, known.id, episodeFields(input.episode), actor)
      const details = newDetails(known, fields)
      const person = Object.keys(details).length ? await updatePerson(db, known.id, details, actor) : added.person
      const duplicates = await queueDuplicates(db, person, actor)
      return { person, episode: added.episode, outcome: 'new-episode', duplicates, warnings }
    }
    const created = await createPersonWithEpisode(db, fields, episodeFields(input.episode), actor)
    const duplicates = await queueDuplicates(db, created.person, actor)
    return { ...created, outcome: 'new-person', duplicates, warnings }
  })
}
