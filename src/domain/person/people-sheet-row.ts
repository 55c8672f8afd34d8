import type { LocalDate } from '../common/entity'
import type { Problem } from '../common/result'
import { readDate } from './dates'
import { readDocumentNumber, type DocumentReading } from './id-number'
import type { PeopleSheetField, PeopleSheetMapping } from './import-mapping'
import type { DocumentCheck, DocumentType, Episode, Person } from './person'
import type { EpisodeInput, PersonInput } from './person-rules'
import { originOfCells, type VillageResolver } from './people-sheet-places'
import {
  compactCell,
  readDocumentType,
  readHealthCode,
  readKind,
  readRisk,
  readSex,
  readSymptoms,
  readTestResult,
  readTransport,
  DATE_PROBLEMS,
  UNKNOWN_VALUES,
  type CodedReading,
} from './people-sheet-values'
import { readPhones } from './phone'

/** The person of an imported row, normalised: a registration's person (register-service RegistrationInput). */
export type ImportedPerson = PersonInput & Pick<Person, 'villageId' | 'gridId' | 'household' | 'address' | 'notes'>

/** The episode of an imported row: source `import`, `sourceRef` = `<file>#<sheet>!<row>`. */
export type ImportedEpisode = EpisodeInput &
  Pick<Episode, 'originRisk' | 'transport' | 'transportNumber' | 'symptoms' | 'source' | 'sourceRef'>

/** A repair or assumption made while reading a row, shown to the clerk (a problem message, never blocking). */
export interface RowNote {
  field: string
  code: 'peopleImport.note.upgradedFrom15' | 'peopleImport.note.assumedYear'
  params: Record<string, string | number>
}

/** What one data row yielded: the registration, how its number checked, and what was found reading it. */
export interface RowReading {
  input: { person: ImportedPerson; episode: ImportedEpisode }
  documentCheck: DocumentCheck
  /** Cells that could not be read (a date that is no date): the row cannot be imported as it is. */
  errors: Problem[]
  /** Values that name nothing known (a village not in the township, 蓝码): imported without them, flagged. */
  warnings: Problem[]
  notes: RowNote[]
}

/** What a row is read with: the sheet's year for dates without one, today, the villages, the mapping. */
export interface RowContext {
  defaultYear: number
  today: LocalDate
  mapping: PeopleSheetMapping
  villages: VillageResolver
}

/** The cells of a row by field: several columns of one field joined (phones with `/`, words with `；`). */
export type FieldCells = (field: PeopleSheetField) => string

function documentOf(cells: FieldCells, hasNumberColumn: boolean, today: LocalDate, found: RowReading) {
  const typeReading = readDocumentType(cells('documentType'))
  const number = cells('documentNumber')
  let type: DocumentType = hasNumberColumn ? 'resident-id' : 'none'
  if (typeReading.ok && typeReading.value) type = typeReading.value
  else if (!typeReading.ok) warn(found, 'documentType', typeReading)
  // 无证件 with a number written next to it: the number wins.
  if (type === 'none' && number !== '') type = 'resident-id'
  return { type, reading: readDocumentNumber(number, type, today) }
}

function warn(found: RowReading, field: keyof typeof UNKNOWN_VALUES, reading: { raw: string }): void {
  found.warnings.push({ field, ...UNKNOWN_VALUES[field], params: { value: reading.raw } })
}

function coded<T>(found: RowReading, field: keyof typeof UNKNOWN_VALUES, reading: CodedReading<T>, fallback: T): T {
  if (reading.ok) return reading.value
  warn(found, field, reading)
  return fallback
}

function dateOf(cells: FieldCells, field: PeopleSheetField, context: RowContext, found: RowReading): LocalDate {
  const raw = cells(field)
  if (raw === '') return ''
  const reading = readDate(raw, { defaultYear: context.defaultYear, today: context.today })
  if (!reading.ok) {
    if (reading.reason !== 'empty')
      found.errors.push({ field, ...DATE_PROBLEMS[reading.reason], params: { value: raw } })
    return ''
  }
  if (reading.assumedYear)
    found.notes.push({
      field,
      code: 'peopleImport.note.assumedYear',
      params: { value: raw, year: context.defaultYear },
    })
  return reading.date
}

function personOf(cells: FieldCells, context: RowContext, found: RowReading, document: DocumentReading) {
  const sex = coded(found, 'sex', readSex(cells('sex')), 'unknown')
  const place = context.villages.resolve(cells('village'), cells('grid'))
  if (place.unknownVillage)
    found.warnings.push({
      field: 'village',
      code: 'peopleImport.village.unknown',
      params: { value: place.unknownVillage },
    })
  if (place.unknownGrid)
    found.warnings.push({ field: 'grid', code: 'peopleImport.grid.unknown', params: { value: place.unknownGrid } })
  if (document.upgradedFrom15)
    found.notes.push({
      field: 'documentNumber',
      code: 'peopleImport.note.upgradedFrom15',
      params: { value: document.upgradedFrom15 },
    })
  return {
    name: cells('name'),
    sex: sex === 'unknown' ? (document.sex ?? 'unknown') : sex,
    birthDate: dateOf(cells, 'birthDate', context, found) || document.birthDate || '',
    phones: readPhones(cells('phones')).map((phone) => phone.value),
    villageId: place.villageId,
    gridId: place.gridId,
    household: cells('household'),
    address: cells('address'),
    notes: cells('notes'),
  }
}

function episodeOf(cells: FieldCells, context: RowContext, found: RowReading, sourceRef: string): ImportedEpisode {
  const kind = coded(found, 'kind', readKind(cells('kind')), undefined) ?? context.mapping.defaultKind
  const arrivalDate = dateOf(cells, 'arrivalDate', context, found)
  const transportNumber = compactCell(cells('transportNumber'))
  const colour = coded(found, 'healthCode', readHealthCode(cells('healthCode')), '')
  const health = readSymptoms(
    { symptoms: cells('symptoms'), fever: cells('fever'), temperature: cells('temperature') },
    context.mapping.polarity,
  )
  if (health.fever !== undefined) warn(found, 'fever', { raw: health.fever })
  if (health.temperature !== undefined) warn(found, 'temperature', { raw: health.temperature })
  const link = cells('indexCase')
  return {
    kind,
    origin: originOfCells(cells('originText'), {
      province: cells('originProvince'),
      city: cells('originCity'),
      county: cells('originCounty'),
      township: cells('originTownship'),
    }),
    originRisk: coded(found, 'originRisk', readRisk(cells('originRisk')), 'unknown'),
    departureDate: dateOf(cells, 'departureDate', context, found),
    arrivalDate,
    transport: readTransport(cells('transport'), transportNumber),
    transportNumber,
    healthCode: { colour, seenOn: colour === '' ? '' : arrivalDate },
    nucleicAcid: {
      date: dateOf(cells, 'nucleicAcidDate', context, found),
      result: coded(found, 'nucleicAcidResult', readTestResult(cells('nucleicAcidResult')), ''),
    },
    symptoms: health.symptoms,
    // A secondary contact's sheet names the close contact it is linked to in the same column.
    indexCase: kind === 'secondary-contact' ? '' : link,
    contactOf: kind === 'secondary-contact' ? link : '',
    source: 'import',
    sourceRef,
  }
}

/**
 * Reads one data row into a registration: the document number checked (a 15-digit ID upgraded, with a note),
 * sex and birth date from the ID when the sheet has none, phones normalised, village and grid resolved by name
 * or code, origin text split into levels, dates read with the sheet's year, coded values (性别, 人员类别, 健康码…)
 * read from the words villages use, symptoms gathered from the symptom, fever and temperature cells.
 */
export function readPeopleRow(
  cells: FieldCells,
  hasNumberColumn: boolean,
  context: RowContext,
  sourceRef: string,
): RowReading {
  const found = { errors: [], warnings: [], notes: [] } as unknown as RowReading
  const { type, reading } = documentOf(cells, hasNumberColumn, context.today, found)
  const person = { ...personOf(cells, context, found, reading), documentType: type, documentNumber: reading.number }
  found.input = { person, episode: episodeOf(cells, context, found, sourceRef) }
  found.documentCheck = reading.check
  return found
}
