import type { LocalDate } from '../common/entity'

/** Why a cell could not be read as a date. */
export type DateFailure =
  /** Blank cell. */
  | 'empty'
  /** Not a date in any form we know. */
  | 'format'
  /** Looks like a date but is no real day (2021-02-30, Excel's 1900-02-29). */
  | 'invalidDate'
  /** A real day, but before 1900 or after next year: a typo or a number that is not a date. */
  | 'outOfRange'
  /** `1.1` from a number cell: January 1st or January 10th (`1.10` typed, Excel dropped the 0)? */
  | 'ambiguous'

/** What a date cell yielded. `assumedYear`: the cell had no year and the context's year was used (show it). */
export type DateReading =
  { ok: true; date: LocalDate; assumedYear?: true } | { ok: false; reason: DateFailure; raw: string }

/** What {@link readDate} needs to know: the year for `1月8日` (from the sheet title or the import date), and today. */
export interface DateContext {
  defaultYear: number
  /** `YYYY-MM-DD`; dates after the end of next year are refused as out of range. */
  today: LocalDate
}

/** The earliest date we accept anywhere (birth dates included). */
export const EARLIEST_DATE = '1900-01-01'

// Excel's 1900 date system: serial 1 = 1900-01-01 and serial 60 = 1900-02-29, a day that never was (Lotus
// 1-2-3's bug, kept for compatibility). From serial 61 on, serial n = 1899-12-30 + n days.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30)
const DAY_MS = 86_400_000
// Smaller numbers are a year typed alone (2021), a count or a day ("8"): never dates anyone means. 3654 = 1910-01-01.
const SERIAL_MIN = 3654

// The tail a date may carry and we ignore: a time (`14:30`, `14时30分`) after a space, a `T` or directly.
const TAIL = String.raw`(?:[\sT].*|\d{1,2}[:时].*)?`
const FULL = new RegExp(String.raw`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?${TAIL}$`)
const COMPACT = new RegExp(String.raw`^(\d{4})(\d{2})(\d{2})${TAIL}$`)
const MONTH_DAY = new RegExp(String.raw`^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?${TAIL}$`)
const SERIAL_TEXT = /^\d{3,5}(\.\d+)?$/

/** True when year-month-day is a day of the Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** `YYYY-MM-DD` from numbers (no check: see {@link isRealDate}). */
export function formatDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** True when the text is `YYYY-MM-DD` and a real day. */
export function isLocalDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))
}

/** Today on this PC's calendar (the command post's local time), as `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): LocalDate {
  return formatDate(now.getFullYear(), now.getMonth() + 1, now.getDate())
}

/** The day of an Excel serial in the 1900 date system; undefined for serial 60, the non-existent 1900-02-29. */
export function excelSerialToDate(serial: number): LocalDate | undefined {
  const whole = Math.floor(serial)
  if (whole === 60) return undefined
  const d = new Date(EXCEL_EPOCH + (whole < 60 ? whole + 1 : whole) * DAY_MS)
  return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
}

function dated(year: number, month: number, day: number, context: DateContext, raw: string): DateReading {
  if (!isRealDate(year, month, day)) return { ok: false, reason: 'invalidDate', raw }
  return inRange(formatDate(year, month, day), context, raw)
}

function inRange(date: LocalDate, context: DateContext, raw: string): DateReading {
  const latest = `${Number(context.today.slice(0, 4)) + 1}-12-31`
  return date < EARLIEST_DATE || date > latest ? { ok: false, reason: 'outOfRange', raw } : { ok: true, date }
}

function readSerial(serial: number, context: DateContext, raw: string): DateReading {
  if (serial < SERIAL_MIN) return { ok: false, reason: 'outOfRange', raw }
  const date = excelSerialToDate(serial)
  return date === undefined ? { ok: false, reason: 'invalidDate', raw } : inRange(date, context, raw)
}

// A month.day typed into Excel becomes a number: 1.8 is January 8th, 1.15 January 15th, but 1.1, 1.2 and 1.3
// may have been 1.10, 1.20 and 1.30 before Excel dropped the trailing zero.
function readMonthDayNumber(value: number, context: DateContext, raw: string): DateReading {
  const [month, fraction] = String(value).split('.')
  if (fraction.length > 2 || (fraction.length === 1 && Number(fraction) <= 3))
    return { ok: false, reason: fraction.length > 2 ? 'format' : 'ambiguous', raw }
  return assumeYear(dated(context.defaultYear, Number(month), Number(fraction), context, raw))
}

function assumeYear(reading: DateReading): DateReading {
  return reading.ok ? { ...reading, assumedYear: true } : reading
}

function readNumber(value: number, context: DateContext): DateReading {
  const raw = String(value)
  if (!Number.isFinite(value) || value < 0) return { ok: false, reason: 'format', raw }
  if (value >= 1 && value < 13 && !Number.isInteger(value)) return readMonthDayNumber(value, context, raw)
  if (Number.isInteger(value) && value >= 19000101 && value <= 29991231) return readText(raw, context)
  return readSerial(value, context, raw)
}

function readText(raw: string, context: DateContext): DateReading {
  const text = raw.normalize('NFKC').trim()
  if (text === '') return { ok: false, reason: 'empty', raw }
  if (SERIAL_TEXT.test(text)) return readSerial(Number(text), context, raw)
  const full = FULL.exec(text) ?? COMPACT.exec(text)
  if (full) return dated(Number(full[1]), Number(full[2]), Number(full[3]), context, raw)
  const short = MONTH_DAY.exec(text)
  if (short) return assumeYear(dated(context.defaultYear, Number(short[1]), Number(short[2]), context, raw))
  return { ok: false, reason: 'format', raw }
}

/**
 * Reads a date from whatever a sheet cell or a form holds: an Excel serial (1900 date system, 44204 =
 * 2021-01-08), a JS Date (its local calendar day), `2021-01-08`, `2021/1/8`, `2021.1.8`, `20210108`,
 * `2021年1月8日`, and `1月8日` / `1.8` / `1-8` with the year taken from the context (then `assumedYear` is set,
 * so the screen can say so). A time after the date (`2021/1/8 14:30`) is ignored. Dates before 1900 or after
 * the end of next year are refused as out of range.
 */
export function readDate(raw: unknown, context: DateContext): DateReading {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return { ok: false, reason: 'invalidDate', raw: 'Invalid Date' }
    return dated(raw.getFullYear(), raw.getMonth() + 1, raw.getDate(), context, localToday(raw))
  }
  if (typeof raw === 'number') return readNumber(raw, context)
  return readText(String(raw ?? ''), context)
}

/** The 4-digit year (1900–2099) in a sheet title such as `2021年返乡人员登记表`, or undefined when there is none. */
export function yearFromTitle(title: string): number | undefined {
  const text = title.normalize('NFKC')
  const match = /(?<!\d)((?:19|20)\d{2})(?=年)/.exec(text) ?? /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(text)
  return match ? Number(match[1]) : undefined
}
