import type { Actor } from '@/domain/accounts/user'
import type { LocalDate } from '@/domain/common/entity'
import { ValidationError } from '@/domain/common/result'
import type { CountyListRow, VerificationResult } from '@/domain/county-list/county-list'
import type { MissedRegistrationForm } from '@/domain/county-list/missed-registration'
import { localToday } from '@/domain/person/dates'
import type { CommandPostDatabase } from '@/db/database'
import { getCountyListRow, recordVerification } from '@/db/repositories/county-list-row-repository'
import { writeWithAudit } from '@/db/write'
import { registerPerson, type RegistrationInput, type RegistrationResult } from '../people/register-service'

/** What registering a missed person did: the registration, and the row now verified and linked to them. */
export interface MissedRegistrationResult {
  row: CountyListRow
  registration: RegistrationResult
}

async function requireRow(db: CommandPostDatabase, rowId: string): Promise<CountyListRow> {
  const row = await getCountyListRow(db, rowId)
  if (!row) throw new ValidationError([{ field: 'row', code: 'countyList.rowNotFound' }])
  return row
}

/**
 * Records the verification result of a row (`''` clears it) with a note. `missed-now-registered` needs the
 * person in the register: a row not yet linked to anyone is refused, use {@link registerMissed}.
 */
export async function verifyRow(
  db: CommandPostDatabase,
  rowId: string,
  result: VerificationResult | '',
  note: string,
  actor: Actor,
): Promise<CountyListRow> {
  const row = await requireRow(db, rowId)
  if (result === 'missed-now-registered' && row.personId === '')
    throw new ValidationError([{ field: 'result', code: 'countyList.registerFirst' }])
  return recordVerification(db, rowId, result, note, actor)
}

function registrationInput(form: MissedRegistrationForm, row: CountyListRow): RegistrationInput {
  const blankOrigin = { province: '', city: '', county: '', township: '', village: '', areaCode: '' }
  return {
    person: {
      documentType: form.documentType,
      documentNumber: form.documentNumber,
      name: form.name,
      sex: 'unknown',
      birthDate: '',
      phones: [form.phones],
      villageId: form.villageId,
      address: form.address,
    },
    episode: {
      kind: 'county-list',
      // A free-text origin cannot be split into levels reliably: it is kept whole, as the county wrote it.
      origin: { ...blankOrigin, county: form.origin.trim() },
      departureDate: '',
      arrivalDate: form.arrivalDate,
      healthCode: { colour: '', seenOn: '' },
      nucleicAcid: { date: '', result: '' },
      indexCase: '',
      contactOf: '',
      source: 'county-list',
      sourceRef: `${row.listId}#${row.rowNumber}`,
    },
  }
}

/**
 * 漏排补登: registers the person of a row the villages had missed (through {@link registerPerson}: a number
 * already registered adds an episode instead of a person), then records the row as `missed-now-registered`
 * and links it to that person, all in one transaction. Registration errors refuse it and nothing is written.
 */
export async function registerMissed(
  db: CommandPostDatabase,
  rowId: string,
  form: MissedRegistrationForm,
  actor: Actor,
  today: LocalDate = localToday(),
): Promise<MissedRegistrationResult> {
  const row = await requireRow(db, rowId)
  const tables = [db.countyListRows, db.persons, db.episodes, db.duplicateReviews]
  return writeWithAudit(db, actor, tables, async () => {
    const registration = await registerPerson(db, registrationInput(form, row), actor, today)
    const linked = await recordVerification(db, rowId, 'missed-now-registered', form.note, actor, {
      personId: registration.person.id,
    })
    return { row: linked, registration }
  })
}
