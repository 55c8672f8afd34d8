import type { LocalDate } from '../common/entity'
import { unwrapTextCell } from '../township/sheet-cells'
import { EARLIEST_DATE, formatDate, isRealDate, localToday } from './dates'
import type { DocumentCheck, DocumentType, Sex } from './person'

/** Why a document number needs checking (or was damaged by Excel). */
export type DocumentReason =
  /** No number although the type says there is one. */
  | 'empty'
  /** Wrong number of characters for the type. */
  | 'length'
  /** Characters the type does not allow (a letter in a resident ID, punctuation in a passport). */
  | 'characters'
  /** The first digits are no province (resident ID) or not 810000/820000/830000 (HK/Macao/Taiwan permit). */
  | 'region'
  /** The embedded birth date is no real day, is in the future or before 1900. */
  | 'birthDate'
  /** The last character does not match the GB 11643 check. */
  | 'checkCharacter'
  /** Excel turned the number into scientific notation (`1.10101E+17`): digits are lost. */
  | 'excelScientific'
  /** Excel kept 15 significant digits and zeroed the rest: the number ends in `000` and fails the check. */
  | 'excelZeros'
  /** The cell held a number of 16 digits or more: Excel (and JavaScript) cannot hold it exactly. */
  | 'excelNumber'

/** What was learned from a document number. `number` is normalised (an upgraded 15-digit ID is the 18-digit form). */
export interface DocumentReading {
  number: string
  check: DocumentCheck
  reasons: DocumentReason[]
  /** The 15-digit number as typed, when it was upgraded to 18 digits. */
  upgradedFrom15?: string
  /** From the sequence digit (odd = male), when the number carries one. */
  sex?: Sex
  /** From the embedded date, when it is a real day. */
  birthDate?: LocalDate
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARACTERS = '10X98765432'
// GB/T 2260 province codes: the 31 mainland provinces and 71 (Taiwan, on some old IDs).
const PROVINCES = new Set(
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71'.split(' '),
)
const PERMIT_REGIONS = new Set(['810000', '820000', '830000'])
const EXCEL_REASONS: DocumentReason[] = ['excelScientific', 'excelZeros', 'excelNumber']
const SCIENTIFIC = /^\d(\.\d+)?E\+?\d+$/

/** The GB 11643 check character of the first 17 digits (ISO 7064 MOD 11-2). */
export function checkCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARACTERS[sum % 11]
}

/** True when an 18-character number's last character is the check character of the first 17 digits. */
export function hasValidCheckCharacter(number: string): boolean {
  return /^\d{17}[\dX]$/.test(number) && checkCharacter(number) === number[17]
}

/** The 18-digit form of an old 15-digit resident ID: `19` inserted before the 2-digit year, check character added. */
export function upgradeFifteenDigitId(old: string): string {
  const first17 = `${old.slice(0, 6)}19${old.slice(6)}`
  return first17 + checkCharacter(first17)
}

/** Trims, removes spaces, makes full-width digits and letters half-width, and upper-cases (`x` → `X`). */
export function normalizeDocumentNumber(raw: unknown): string {
  return String(unwrapTextCell(raw) ?? '')
    .normalize('NFKC')
    .replace(/\s/g, '')
    .toUpperCase()
}

function result(number: string, reasons: DocumentReason[], extra: Partial<DocumentReading> = {}): DocumentReading {
  const damaged = reasons.some((reason) => EXCEL_REASONS.includes(reason))
  return { number, check: reasons.length === 0 ? 'ok' : damaged ? 'damaged' : 'needs-checking', reasons, ...extra }
}

/** Birth date from the 8 digits at position 6 of an 18-character number, when real, not future, not before 1900. */
function birthDateOf(number: string, today: LocalDate): LocalDate | undefined {
  const [y, m, d] = [number.slice(6, 10), number.slice(10, 12), number.slice(12, 14)].map(Number)
  if (!isRealDate(y, m, d)) return undefined
  const date = formatDate(y, m, d)
  return date < EARLIEST_DATE || date > today ? undefined : date
}

// Resident IDs, HK/Macao/Taiwan permits and new foreigners' cards share the layout: region 6, birth date 8,
// sequence 3 (odd = male), check character.
function readEighteen(
  number: string,
  regionOk: boolean,
  today: LocalDate,
  extra: Partial<DocumentReading> = {},
): DocumentReading {
  const reasons: DocumentReason[] = []
  if (number.length !== 18) reasons.push(/^[\dX]*$/.test(number) ? 'length' : 'characters')
  else if (!/^\d{17}[\dX]$/.test(number)) reasons.push('characters')
  if (reasons.length > 0) return result(number, reasons, extra)
  const valid = checkCharacter(number) === number[17]
  const birthDate = birthDateOf(number, today)
  // Excel keeps 15 significant digits: the birth date survives, the sequence and check character do not.
  if (!valid && number.endsWith('000')) return result(number, ['excelZeros'], birthDate ? { birthDate } : {})
  if (!regionOk) reasons.push('region')
  if (!birthDate) reasons.push('birthDate')
  if (!valid) reasons.push('checkCharacter')
  const sex: Sex = Number(number[16]) % 2 === 1 ? 'male' : 'female'
  return result(number, reasons, { ...extra, sex, ...(birthDate ? { birthDate } : {}) })
}

function readResidentId(number: string, today: LocalDate): DocumentReading {
  if (/^\d{15}$/.test(number)) {
    const upgraded = upgradeFifteenDigitId(number)
    return readEighteen(upgraded, PROVINCES.has(number.slice(0, 2)), today, { upgradedFrom15: number })
  }
  // A HK/Macao/Taiwan permit typed into the ID column is a valid number of the same family.
  const regionOk = PROVINCES.has(number.slice(0, 2)) || PERMIT_REGIONS.has(number.slice(0, 6))
  return readEighteen(number, regionOk, today)
}

function readForeignPermanent(number: string, today: LocalDate): DocumentReading {
  // Old card (2004–2023): 3-letter nationality code + 12 digits; only its shape can be checked.
  if (/^[A-Z]{3}\d*$/.test(number)) return result(number, number.length === 15 ? [] : ['length'])
  if (number.length === 15) return result(number, ['characters'])
  // New card (2023): 9, province of issue 2, nationality 3, birth date 8, sequence 3, check character.
  return readEighteen(number, number[0] === '9' && PROVINCES.has(number.slice(1, 3)), today)
}

function readPassport(number: string): DocumentReading {
  if (!/^[A-Z0-9]*$/.test(number)) return result(number, ['characters'])
  return result(number, number.length < 5 || number.length > 20 ? ['length'] : [])
}

/**
 * Reads and checks a document number as typed or as found in a sheet cell. Resident IDs (GB 11643): 18
 * characters with region, birth date, sequence and check character; old 15-digit numbers are upgraded to 18.
 * HK/Macao/Taiwan permits: 18 characters starting 810000/820000/830000. Foreigners' permanent residence cards:
 * the new 18-digit card (starts with 9, same check) or the old 3 letters + 12 digits. Passports: 5–20 letters or
 * digits. Excel damage (`1.10101E+17`, last three digits `000`, a number cell) makes the check `damaged`.
 * A failing number is never refused: the check says to flag it, `reasons` say why.
 *
 * @param today `YYYY-MM-DD`, for "birth date not in the future"; this PC's date when omitted.
 */
export function readDocumentNumber(raw: unknown, type: DocumentType, today: LocalDate = localToday()): DocumentReading {
  if (type === 'none') return { number: '', check: 'not-checked', reasons: [] }
  // Past 15 digits a number cell has already lost the real digits: show what is left, flag it as damaged.
  if (typeof raw === 'number' && raw >= 1e15)
    return result(Number.isInteger(raw) ? BigInt(raw).toString() : String(raw), ['excelNumber'])
  const number = normalizeDocumentNumber(raw)
  if (number === '') return result('', ['empty'])
  if (SCIENTIFIC.test(number)) return result(number, ['excelScientific'])
  if (type === 'passport') return readPassport(number)
  if (type === 'foreign-permanent') return readForeignPermanent(number, today)
  if (type === 'hmt-permit') return readEighteen(number, PERMIT_REGIONS.has(number.slice(0, 6)), today)
  return readResidentId(number, today)
}
