import type { LocalDate } from '../common/entity'
import type { Problem } from '../common/result'
import { EARLIEST_DATE, isLocalDate } from './dates'
import { readDocumentNumber, type DocumentReason } from './id-number'
import type { DocumentType, Episode, Sex } from './person'
import { readPhones } from './phone'

/**
 * What a check found. Errors block saving (the record cannot be right); warnings are shown and saved with the
 * record (a paper record with a transcription error is still registered, and flagged for correction).
 */
export interface RuleFindings {
  errors: Problem[]
  warnings: Problem[]
}

/** The fields of the registration form (and of a line-list or imported row) that {@link personProblems} checks. */
export interface PersonInput {
  name: string
  documentType: DocumentType
  /** As typed: normalised by the check. */
  documentNumber: string
  sex: Sex
  /** `YYYY-MM-DD` or ''. */
  birthDate: LocalDate
  /** As typed; a cell may hold several numbers. */
  phones: string[]
}

/** The fields of an episode that {@link episodeProblems} checks. */
export type EpisodeInput = Pick<
  Episode,
  'kind' | 'origin' | 'departureDate' | 'arrivalDate' | 'healthCode' | 'nucleicAcid' | 'indexCase' | 'contactOf'
>

// Names: letters of any script (Han, Latin, Uyghur, Tibetan…), the middle dot of minority and foreign names
// (阿依古丽·买买提), and spaces, apostrophes and hyphens for foreign names. Digits or punctuation mean a shifted
// column or a note typed into the name.
const NAME = /^[\p{L}\p{M}][\p{L}\p{M}·.・•\s'-]*$/u
const HAN = /\p{Script=Han}/u

// One literal per code, so the message catalogue can be checked against the codes produced.
const DOCUMENT_WARNINGS: Record<DocumentReason, { code: string }> = {
  empty: { code: 'person.document.missing' },
  length: { code: 'person.document.length' },
  characters: { code: 'person.document.characters' },
  region: { code: 'person.document.region' },
  birthDate: { code: 'person.document.birthDate' },
  checkCharacter: { code: 'person.document.checkCharacter' },
  excelScientific: { code: 'person.document.excelScientific' },
  excelZeros: { code: 'person.document.excelZeros' },
  excelNumber: { code: 'person.document.excelNumber' },
}

function nameProblems(raw: string): Problem[] {
  const name = raw.trim()
  if (name === '') return [{ field: 'name', code: 'person.name.required' }]
  const length = [...name].length
  // Chinese names are 2–20 characters; foreign names written in Latin letters can be longer.
  const max = HAN.test(name) ? 20 : 60
  if (length < 2 || length > max) return [{ field: 'name', code: 'person.name.length', params: { value: name, max } }]
  if (!NAME.test(name.normalize('NFKC')))
    return [{ field: 'name', code: 'person.name.characters', params: { value: name } }]
  return []
}

function birthDateProblems(input: PersonInput, today: LocalDate, fromDocument?: LocalDate): RuleFindings {
  const findings: RuleFindings = { errors: [], warnings: [] }
  const date = input.birthDate
  if (date === '') return findings
  if (!isLocalDate(date) || date < EARLIEST_DATE)
    findings.errors.push({ field: 'birthDate', code: 'person.birthDate.invalid', params: { value: date } })
  else if (date > today)
    findings.errors.push({ field: 'birthDate', code: 'person.birthDate.future', params: { value: date, today } })
  else if (fromDocument && fromDocument !== date)
    findings.warnings.push({
      field: 'birthDate',
      code: 'person.birthDate.mismatch',
      params: { value: date, document: fromDocument },
    })
  return findings
}

/**
 * Checks a person before it is saved. Errors: a missing or implausible name, an impossible or future birth date.
 * Warnings (saved and flagged): every reason the document number needs checking or was damaged by Excel,
 * phones that are neither mobile nor landline, and a sex or birth date that contradicts the resident ID.
 *
 * @param today `YYYY-MM-DD`, the command post's date.
 */
export function personProblems(input: PersonInput, today: LocalDate): RuleFindings {
  const errors = nameProblems(input.name)
  const warnings: Problem[] = []
  const reading = readDocumentNumber(input.documentNumber, input.documentType, today)
  for (const reason of reading.reasons)
    warnings.push({ field: 'documentNumber', ...DOCUMENT_WARNINGS[reason], params: { value: reading.number } })
  for (const phone of input.phones.flatMap(readPhones))
    if (phone.kind === 'invalid')
      warnings.push({ field: 'phones', code: 'person.phone.invalid', params: { value: phone.value } })
  const birth = birthDateProblems(input, today, reading.birthDate)
  if (input.sex !== 'unknown' && reading.sex && reading.sex !== input.sex)
    warnings.push({ field: 'sex', code: 'person.sex.mismatch', params: { value: reading.number } })
  return { errors: [...errors, ...birth.errors], warnings: [...warnings, ...birth.warnings] }
}

const DATE_FIELDS = [
  ['departureDate', (e: EpisodeInput) => e.departureDate],
  ['arrivalDate', (e: EpisodeInput) => e.arrivalDate],
  ['healthCode.seenOn', (e: EpisodeInput) => e.healthCode.seenOn],
  ['nucleicAcid.date', (e: EpisodeInput) => e.nucleicAcid.date],
] as const

// Kinds that are about travel: they need to say where from and when.
const TRAVEL = new Set<EpisodeInput['kind']>(['returnee', 'incoming', 'inbound'])

/**
 * Checks an episode before it is saved. Errors: a date that is no real day or lies after today, an arrival
 * before the departure, a close contact without its index case, a secondary contact without its close contact.
 * Warnings: a returnee, incoming or inbound person without origin or arrival date.
 *
 * @param today `YYYY-MM-DD`, the command post's date.
 */
export function episodeProblems(episode: EpisodeInput, today: LocalDate): RuleFindings {
  const errors: Problem[] = []
  const warnings: Problem[] = []
  for (const [field, read] of DATE_FIELDS) {
    const date = read(episode)
    if (date === '') continue
    if (!isLocalDate(date) || date < EARLIEST_DATE)
      errors.push({ field, code: 'episode.date.invalid', params: { value: date } })
    else if (date > today) errors.push({ field, code: 'episode.date.future', params: { value: date, today } })
  }
  const { departureDate, arrivalDate } = episode
  if (departureDate !== '' && arrivalDate !== '' && arrivalDate < departureDate)
    errors.push({
      field: 'arrivalDate',
      code: 'episode.arrivalBeforeDeparture',
      params: { value: arrivalDate, departure: departureDate },
    })
  if (episode.kind === 'close-contact' && episode.indexCase.trim() === '')
    errors.push({ field: 'indexCase', code: 'episode.indexCase.required' })
  if (episode.kind === 'secondary-contact' && episode.contactOf.trim() === '')
    errors.push({ field: 'contactOf', code: 'episode.contactOf.required' })
  if (TRAVEL.has(episode.kind)) {
    const { province, city, county, township, village, areaCode } = episode.origin
    if ([province, city, county, township, village, areaCode].every((part) => part.trim() === ''))
      warnings.push({ field: 'origin', code: 'episode.origin.missing' })
    if (arrivalDate === '') warnings.push({ field: 'arrivalDate', code: 'episode.arrivalDate.missing' })
  }
  return { errors, warnings }
}
