/** 发热: a temperature at or above this (℃) is a fever, to be reported at once, re-measured and referred. */
export const FEVER_CELSIUS = 37.3

/** The plausible range (℃) of a body temperature; anything outside is a typo (`365`, `3.65`) or a bad reading. */
export const PLAUSIBLE_CELSIUS = { min: 34, max: 42.5 } as const

/** What a temperature cell held: a figure (one decimal), "正常" without a figure, or nothing usable. */
export type TemperatureReading =
  | { ok: true; celsius: number; normal?: undefined }
  | { ok: true; normal: true; celsius?: undefined }
  | { ok: false; reason: 'empty' | 'not-a-number' | 'implausible'; raw: string }

// After NFKC, ℃ is °C. "36.5 度", "36.5摄氏度", "36.5°" and "36.5C" all occur.
const FIGURE = /^(\d{1,3}(?:\.\d+)?)(?:°C|°|C|度|摄氏度)?$/
const NORMAL = new Set(['正常', '体温正常', '无异常', '未见异常'])

/**
 * Reads a temperature from a number or text such as `36.5℃`, `36.5°C`, ` 36.5 度` or `正常`. A figure is
 * rounded to one decimal and must lie within 34.0–42.5 ℃.
 */
export function readTemperature(raw: unknown): TemperatureReading {
  const text = String(raw ?? '').trim()
  if (text === '') return { ok: false, reason: 'empty', raw: text }
  const compact = text.normalize('NFKC').replace(/\s/g, '').toUpperCase()
  if (NORMAL.has(compact)) return { ok: true, normal: true }
  const match = typeof raw === 'number' ? [text, text] : FIGURE.exec(compact)
  const value = match ? Number(match[1]) : Number.NaN
  if (!Number.isFinite(value)) return { ok: false, reason: 'not-a-number', raw: text }
  const celsius = Math.round(value * 10) / 10
  if (celsius < PLAUSIBLE_CELSIUS.min || celsius > PLAUSIBLE_CELSIUS.max)
    return { ok: false, reason: 'implausible', raw: text }
  return { ok: true, celsius }
}

/** True for a fever: 37.3 ℃ or more. */
export function isFever(celsius: number): boolean {
  return celsius >= FEVER_CELSIUS
}
