/** A mobile number (11 digits), a landline (area code-number), or something that is neither. */
export type PhoneKind = 'mobile' | 'landline' | 'invalid'

/**
 * One phone number read from a cell. `value` is normalised: a mobile as 11 digits, a landline as
 * `0835-1234567` (with `-801` when it has an extension); an invalid one as typed (trimmed), for the warning.
 */
export interface PhoneReading {
  value: string
  kind: PhoneKind
}

const MOBILE = /^1[3-9]\d{9}$/
// The separators people put between two numbers in one cell (after NFKC: ，→ , and ；→ ;).
const SEPARATORS = /[/、,;\n|]|或/
// A note in brackets with no digit in it, such as (本人) or （父亲）: not part of the number.
const NOTE = /\([^()\d]*\)/g
// A label before the number: 手机：, 电话, Tel:.
const LABEL = /^[^\d+(]+/
const INTERNATIONAL = /^(?:\+|00)86/
// Area code, then a 7- or 8-digit number not starting with 0; an extension follows a dash, 转, ext or #.
// 3-digit area codes are 010 and 020–029; every other area code has 4 digits.
const NUMBER_AND_EXTENSION = String.raw`-?([1-9]\d{6,7})(?:(?:-|转|EXT\.?|#)(\d{1,6}))?$`
const LANDLINE_3 = new RegExp(String.raw`^(0[12]\d)${NUMBER_AND_EXTENSION}`)
const LANDLINE_4 = new RegExp(String.raw`^(0[3-9]\d{2})${NUMBER_AND_EXTENSION}`)

function clean(text: string): string {
  return text.normalize('NFKC').replace(NOTE, '').trim().replace(LABEL, '').trim()
}

function readLandline(text: string): string | undefined {
  const compact = text
    .replace(/\s/g, '')
    .toUpperCase()
    .replace(/^\((0\d{2,3})\)-?/, '$1-')
    .replace(INTERNATIONAL, '0')
  const match = LANDLINE_3.exec(compact) ?? LANDLINE_4.exec(compact)
  if (!match) return undefined
  const [, area, number, extension] = match
  return `${area}-${number}${extension ? `-${extension}` : ''}`
}

/**
 * Reads one phone number: strips `+86` / `0086`, spaces, dashes, brackets and a label such as `手机：`, makes
 * full-width digits half-width, and classifies it. Mobiles match `^1[3-9]\d{9}$`; landlines are an area code
 * (010, 020–029, or 4 digits) and a 7- or 8-digit number, with an optional extension.
 */
export function readPhone(raw: string): PhoneReading {
  const text = clean(raw)
  const digits = text.replace(/[\s\-()]/g, '').replace(/^(?:\+|00)?86(?=1\d{10}$)/, '')
  if (MOBILE.test(digits)) return { value: digits, kind: 'mobile' }
  const landline = readLandline(text)
  return landline ? { value: landline, kind: 'landline' } : { value: raw.trim(), kind: 'invalid' }
}

// `13812345678 13987654321`: spaces separate two complete numbers, while `138 1234 5678` is one number.
// Tokens are joined until they make a number; undefined when something is left over.
function splitOnSpaces(part: string): PhoneReading[] | undefined {
  const found: PhoneReading[] = []
  let pending = ''
  for (const token of part.split(/\s+/)) {
    pending = pending === '' ? token : `${pending} ${token}`
    const reading = readPhone(pending)
    if (reading.kind !== 'invalid') {
      found.push(reading)
      pending = ''
    }
  }
  return pending === '' && found.length > 1 ? found : undefined
}

/**
 * Reads every phone number in a cell. Numbers may be separated by / 、 , ， ; ； 或, a line break, or a space
 * between two complete numbers. Each is normalised and classified (see {@link readPhone}); a number that
 * appears twice is kept once. A blank cell yields no numbers.
 */
export function readPhones(raw: unknown): PhoneReading[] {
  const text = String(raw ?? '').normalize('NFKC')
  const readings: PhoneReading[] = []
  for (const part of text.split(SEPARATORS).map((p) => p.trim())) {
    if (part === '') continue
    const reading = readPhone(part)
    readings.push(...(reading.kind === 'invalid' ? (splitOnSpaces(part) ?? [reading]) : [reading]))
  }
  const seen = new Set<string>()
  return readings.filter((r) => !seen.has(r.value) && seen.add(r.value))
}
