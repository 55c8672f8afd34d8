import type { Origin } from '@/domain/person/person'

// A place name ends in the word of its level. `州` alone is no marker (广州市, 杭州市), nor is a marker that is
// the first character (市中区, 镇江市): a segment needs one character before its marker.
const SEGMENT = /.+?(?:特别行政区|自治区|自治州|自治县|地区|街道|省|市|盟|县|区|旗|镇|乡)|.+$/gu
const LEVELS = ['province', 'city', 'county', 'township', 'village'] as const
type Level = (typeof LEVELS)[number]

function levelOf(segment: string, filled: Partial<Record<Level, string>>): Level {
  if (/(?:省|自治区|特别行政区)$/u.test(segment)) return 'province'
  // A 市 after a city or county is a county-level city (成都市都江堰市).
  if (/(?:市|自治州|地区|盟)$/u.test(segment)) return filled.city || filled.county ? 'county' : 'city'
  if (/(?:县|区|旗|自治县)$/u.test(segment)) return 'county'
  if (/(?:镇|乡|街道)$/u.test(segment)) return 'township'
  // Unmarked text (湖北省武汉): the level after the last one filled, the city when nothing is.
  const last = LEVELS.reduce((at, level, i) => (filled[level] ? i : at), 0)
  return filled.province || filled.city ? LEVELS[Math.min(last + 1, LEVELS.length - 1)] : 'city'
}

/**
 * 从何地来 as typed in one cell, split by level when it carries the words of levels (`湖北省武汉市江汉区` →
 * province 湖北省, city 武汉市, county 江汉区); otherwise the whole text is the city (`武汉`, `广州`). A level
 * already filled passes its text down to the next (a 小区 after the 区 goes to township, then village).
 */
export function readOrigin(text: string): Origin {
  const origin: Origin = { province: '', city: '', county: '', township: '', village: '', areaCode: '' }
  const clean = text.normalize('NFKC').replace(/\s+/g, '')
  if (clean === '') return origin
  const segments = clean.match(SEGMENT) ?? [clean]
  if (segments.length === 1 && !/(?:省|自治区|特别行政区)$/u.test(clean)) return { ...origin, city: clean }
  for (const segment of segments) {
    let level = LEVELS.indexOf(levelOf(segment, origin))
    while (origin[LEVELS[level]] !== '' && level < LEVELS.length - 1) level++
    origin[LEVELS[level]] += segment
  }
  return origin
}
