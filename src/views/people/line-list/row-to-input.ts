import type { LocalDate } from '@/domain/common/entity'
import type { Problem } from '@/domain/common/result'
import { readDate } from '@/domain/person/dates'
import { readDocumentNumber } from '@/domain/person/id-number'
import type { DocumentType, EpisodeKind, HealthCodeColour, Sex, TestResult, Transport } from '@/domain/person/person'
import { episodeProblems, personProblems } from '@/domain/person/person-rules'
import type { RegistrationInput } from '@/services/people/register-service'
import { readDocumentType, readHealthCode, readKind, readSex, readTestResult, readTransport } from './cell-values'
import { COLUMN_INDEX, type LineListColumn } from './columns'
import { readOrigin } from './origin-text'
import { matchGrid, matchVillage, type VillageChoice } from './village-match'

/** What a row is read against: the villages to match, and the command post's date. */
export interface RowContext {
  villages: readonly VillageChoice[]
  /** `YYYY-MM-DD`; a date without a year is this year's, or last year's when that would be in the future. */
  today: LocalDate
}

/** A row read: the registration it makes, its problems (each `field` a column), and what was filled in for it. */
export interface RowReading {
  input: RegistrationInput
  errors: Problem[]
  warnings: Problem[]
  /**
   * Shown in grey: sex and birth date from the ID (in blank cells), the village a name or initials matched, and
   * the day a date written another way (1月8日) was read as.
   */
  derived: { sex?: Sex; birthDate?: LocalDate; village?: string; arrivalDate?: LocalDate }
}

// The domain's fields that are not a column of their own, and the column that shows their problems.
const FIELD_COLUMNS: Record<string, LineListColumn> = {
  gridId: 'grid',
  'healthCode.seenOn': 'healthCode',
  nucleicAcid: 'nucleicAcidDate',
  'nucleicAcid.date': 'nucleicAcidDate',
  'nucleicAcid.result': 'nucleicAcidResult',
  indexCase: 'kind',
  contactOf: 'kind',
}
// A contact needs the case it is linked to, which the line list has no column for.
const NEEDS_FORM = new Set(['episode.indexCase.required', 'episode.contactOf.required'])

/** True when every cell of the row is blank: such a row is neither checked nor saved. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '')
}

function readDay(raw: string, today: LocalDate, field: LineListColumn, errors: Problem[]): LocalDate {
  const text = raw.trim()
  if (text === '') return ''
  const year = Number(today.slice(0, 4))
  let reading = readDate(text, { defaultYear: year, today })
  if (reading.ok && reading.assumedYear && reading.date > today)
    reading = readDate(text, { defaultYear: year - 1, today })
  if (reading.ok) return reading.date
  const invalid = field === 'birthDate' ? 'person.birthDate.invalid' : 'episode.date.invalid'
  const unreadable = reading.reason === 'format' || reading.reason === 'ambiguous'
  errors.push({ field, code: unreadable ? 'lineList.date.unreadable' : invalid, params: { value: text } })
  return ''
}

function lookUp<T>(
  read: (text: string) => T | undefined,
  raw: string,
  fallback: T,
  column: LineListColumn,
  errors: Problem[],
): T {
  if (raw === '') return fallback
  const value = read(raw)
  if (value !== undefined) return value
  errors.push({ field: column, code: `lineList.${column}.unknown`, params: { value: raw } })
  return fallback
}

function villageOf(text: string, context: RowContext, found: Pick<RowReading, 'errors' | 'warnings' | 'derived'>) {
  if (text === '') {
    found.warnings.push({ field: 'village', code: 'lineList.village.missing' })
    return ''
  }
  const match = matchVillage(text, context.villages)
  if (match.kind === 'one') {
    if (match.village.name !== text) found.derived.village = match.village.name
    return match.village.id
  }
  const names = match.kind === 'many' ? match.villages.map((v) => v.name).join('、') : ''
  const code = match.kind === 'many' ? 'lineList.village.ambiguous' : 'lineList.village.unknown'
  found.errors.push({ field: 'village', code, params: { value: text, names } })
  return ''
}

function gridOf(text: string, villageId: string, context: RowContext, errors: Problem[]): string {
  if (text === '') return ''
  const village = context.villages.find((v) => v.id === villageId)
  if (!village) {
    errors.push({ field: 'grid', code: 'lineList.grid.noVillage', params: { value: text } })
    return ''
  }
  const grid = matchGrid(text, village)
  if (grid) return grid.id
  const names = village.grids.map((g) => g.name).join('、')
  errors.push({ field: 'grid', code: 'lineList.grid.unknown', params: { value: text, village: village.name, names } })
  return ''
}

function columnOf(problem: Problem): Problem {
  if (NEEDS_FORM.has(problem.code)) return { ...problem, field: 'kind', code: 'lineList.kind.needsForm' }
  const field = FIELD_COLUMNS[problem.field] ?? (problem.field in COLUMN_INDEX ? problem.field : 'row')
  return { ...problem, field }
}

/**
 * Reads one line-list row (cells in column order) into the registration it makes, and checks it as
 * `registerPerson` will: a blank 证件类型 is 身份证, a blank 人员类别 is 外出返乡, a blank 性别 or 出生日期 is
 * taken from the ID, 所属村 is a name or pinyin initials, 从何地来 is split by level, dates may be written
 * 2021.1.8 or 1月8日. Errors keep the row from saving; warnings (a number that fails its check, an odd phone, no
 * village) are saved with it.
 */
export function rowToInput(cells: readonly string[], context: RowContext): RowReading {
  const cell = (column: LineListColumn) => (cells[COLUMN_INDEX[column]] ?? '').trim()
  const { today } = context
  const found: Omit<RowReading, 'input'> = { errors: [], warnings: [], derived: {} }
  const { errors } = found
  const documentType = lookUp<DocumentType>(
    readDocumentType,
    cell('documentType'),
    'resident-id',
    'documentType',
    errors,
  )
  const sex = lookUp<Sex>(readSex, cell('sex'), 'unknown', 'sex', errors)
  const kind = lookUp<EpisodeKind>(readKind, cell('kind'), 'returnee', 'kind', errors)
  const transport = lookUp<Transport>(readTransport, cell('transport'), '', 'transport', errors)
  const colour = lookUp<HealthCodeColour>(readHealthCode, cell('healthCode'), '', 'healthCode', errors)
  const birthDate = readDay(cell('birthDate'), today, 'birthDate', errors)
  const result = lookUp<TestResult>(readTestResult, cell('nucleicAcidResult'), '', 'nucleicAcidResult', errors)
  const departureDate = readDay(cell('departureDate'), today, 'departureDate', errors)
  const arrivalDate = readDay(cell('arrivalDate'), today, 'arrivalDate', errors)
  const testDate = readDay(cell('nucleicAcidDate'), today, 'nucleicAcidDate', errors)
  const villageId = villageOf(cell('village'), context, found)
  const gridId = gridOf(cell('grid'), villageId, context, errors)
  const document = readDocumentNumber(cell('documentNumber'), documentType, today)
  if (cell('sex') === '' && document.sex) found.derived.sex = document.sex
  if (cell('birthDate') === '' && document.birthDate) found.derived.birthDate = document.birthDate
  if (birthDate && birthDate !== cell('birthDate')) found.derived.birthDate = birthDate
  if (arrivalDate && arrivalDate !== cell('arrivalDate')) found.derived.arrivalDate = arrivalDate
  const input: RegistrationInput = {
    person: {
      name: cell('name'),
      documentType,
      documentNumber: cell('documentNumber'),
      sex,
      birthDate,
      phones: cell('phones') === '' ? [] : [cell('phones')],
      villageId,
      gridId,
      address: cell('address'),
      notes: cell('notes'),
    },
    episode: {
      kind,
      origin: readOrigin(cell('origin')),
      departureDate,
      arrivalDate,
      transport,
      transportNumber: cell('transportNumber'),
      // Seen on arrival when the sheet says when that was; a future arrival is the arrival cell's error alone.
      healthCode: { colour, seenOn: colour === '' ? '' : arrivalDate && arrivalDate <= today ? arrivalDate : today },
      nucleicAcid: { date: testDate, result },
      indexCase: '',
      contactOf: '',
      source: 'line-list',
    },
  }
  const person = personProblems(input.person, today)
  const episode = episodeProblems(input.episode, today)
  // A cell that could not be read has its error already; the rules would only add that it is missing.
  const unread = new Set(errors.map((p) => p.field))
  errors.push(...[...person.errors, ...episode.errors].map(columnOf))
  found.warnings.push(...[...person.warnings, ...episode.warnings].map(columnOf).filter((p) => !unread.has(p.field)))
  return { input, ...found }
}
