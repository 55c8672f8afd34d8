import type { VillageKind } from './village'

/** What was learned from a cell that should hold a 12-digit 统计用区划代码. */
export type AreaCodeReading =
  | { ok: true; code: string; repaired?: 'float-suffix' | 'full-width' }
  /** The cell held a number Excel had already rounded (`5.11826E+11`): the digits are lost. */
  | { ok: false; reason: 'scientific'; raw: string }
  | { ok: false; reason: 'empty' | 'not-digits' | 'wrong-length'; raw: string }

const FULL_WIDTH_DIGITS = /[０-９]/g

/**
 * Reads a 12-digit area code from whatever a spreadsheet cell or a form holds. Codes are text: a code stored as
 * a float (`511826100201.0`) is repaired and says so; one in scientific notation (`5.11826E+11`) has lost digits
 * and is refused with that reason.
 */
export function readAreaCode(raw: unknown): AreaCodeReading {
  const text = String(raw ?? '')
    .replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]/g, '')
  const fullWidth = text !== String(raw ?? '').replace(/[\s\u3000]/g, '')
  if (text === '') return { ok: false, reason: 'empty', raw: String(raw ?? '') }
  if (/^\d(\.\d+)?e\+?\d+$/i.test(text)) return { ok: false, reason: 'scientific', raw: text }
  const float = /^(\d+)\.0+$/.exec(text)
  const digits = float ? float[1] : text
  if (!/^\d+$/.test(digits)) return { ok: false, reason: 'not-digits', raw: text }
  if (digits.length !== 12) return { ok: false, reason: 'wrong-length', raw: text }
  if (float) return { ok: true, code: digits, repaired: 'float-suffix' }
  return fullWidth ? { ok: true, code: digits, repaired: 'full-width' } : { ok: true, code: digits }
}

/** The 9-digit township prefix (county 6 + township 3) of a 12-digit code. */
export function townshipPrefix(code: string): string {
  return code.slice(0, 9)
}

/** True when a village code lies inside the township whose code is given. */
export function isInTownship(villageCode: string, townshipCode: string): boolean {
  return townshipPrefix(villageCode) === townshipPrefix(townshipCode)
}

/** Village digits 001–199 are urban communities 社区, 200–399 villages 村 (and the rest are treated as villages). */
export function villageKindOf(code: string): VillageKind {
  const n = Number(code.slice(9, 12))
  return n >= 1 && n <= 199 ? 'community' : 'village'
}

/** Township digits 100–199 are towns 镇, 200–399 townships 乡, others are street offices or special areas. */
export function townshipKindOf(code: string): 'town' | 'township' | 'other' {
  const n = Number(code.slice(6, 9))
  if (n >= 100 && n <= 199) return 'town'
  if (n >= 200 && n <= 399) return 'township'
  return 'other'
}

/** A township's own code has `000` as its village digits and a real township part. */
export function isTownshipCode(code: string): boolean {
  return /^\d{12}$/.test(code) && code.endsWith('000') && code.slice(6, 9) !== '000'
}

/** A village code has non-zero village digits. */
export function isVillageCode(code: string): boolean {
  return /^\d{12}$/.test(code) && code.slice(9, 12) !== '000'
}
