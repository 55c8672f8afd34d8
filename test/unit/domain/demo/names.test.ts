import { describe, expect, it } from 'vitest'
import {
  COMMUNITY_NAME_STEMS,
  SURNAMES,
  VILLAGE_NAME_STEMS,
  chineseNumeral,
  communityNames,
  givenName,
  gridName,
  mobileNumber,
  personName,
  surname,
  villageNames,
} from '@/domain/demo/names'
import { createRandom } from '@/domain/demo/random'

const MOBILE = /^1[3-9]\d{9}$/

describe('surnames and personal names', () => {
  it('offers the 100 common surnames once each', () => {
    expect(SURNAMES).toHaveLength(100)
    expect(new Set(SURNAMES).size).toBe(100)
    expect(SURNAMES.slice(0, 3)).toEqual(['王', '李', '张'])
  })

  it('draws surnames by frequency: 王 far more often than 汤', () => {
    const random = createRandom('surnames')
    const counts = new Map<string, number>()
    for (let i = 0; i < 30000; i++) {
      const s = surname(random)
      counts.set(s, (counts.get(s) ?? 0) + 1)
    }
    expect(counts.get('王') ?? 0).toBeGreaterThan(10 * (counts.get('汤') ?? 0))
    expect(counts.get('李') ?? 0).toBeGreaterThan(counts.get('罗') ?? 0)
    expect(counts.size).toBeGreaterThan(95)
  })

  it('builds names of 2–3 characters: a known surname and a given name not repeating it', () => {
    const random = createRandom('names')
    for (let i = 0; i < 2000; i++) {
      const name = personName(random)
      expect(name).toMatch(/^[\u4e00-\u9fff]{2,3}$/)
      expect(SURNAMES).toContain(name[0])
      expect(name.slice(1)).not.toContain(name[0])
    }
  })

  it('gives one- or two-character given names that follow the era and the sex', () => {
    const random = createRandom('given')
    const young = new Set<string>()
    const old = new Set<string>()
    for (let i = 0; i < 1000; i++) {
      const g = givenName(random, { sex: 'female', birthYear: 2012 })
      expect(g.length === 1 || g.length === 2).toBe(true)
      for (const c of g) young.add(c)
      for (const c of givenName(random, { sex: 'male', birthYear: 1955 })) old.add(c)
    }
    expect(young.has('秀')).toBe(false)
    expect(old.has('建')).toBe(true)
    expect([...young].some((c) => old.has(c))).toBe(false)
  })

  it('is deterministic for a seed', () => {
    const a = createRandom(7)
    const b = createRandom(7)
    expect(Array.from({ length: 50 }, () => personName(a))).toEqual(Array.from({ length: 50 }, () => personName(b)))
  })
})

describe('mobileNumber', () => {
  it('makes 11-digit numbers with issued 13x/15x/17x/18x/19x prefixes', () => {
    const random = createRandom('phones')
    const families = new Set<string>()
    for (let i = 0; i < 3000; i++) {
      const phone = mobileNumber(random)
      expect(phone).toMatch(MOBILE)
      expect(phone.slice(0, 3)).not.toBe('154')
      families.add(phone.slice(0, 2))
    }
    expect([...families].sort()).toEqual(['13', '15', '17', '18', '19'])
  })
})

describe('village and community names', () => {
  it('draws distinct names with the right suffix', () => {
    const random = createRandom('places')
    const villages = villageNames(random, 30)
    const communities = communityNames(random, 10)
    expect(new Set(villages).size).toBe(30)
    expect(new Set(communities).size).toBe(10)
    expect(villages.every((n) => /^[\u4e00-\u9fff]{2}村$/.test(n))).toBe(true)
    expect(communities.every((n) => /^[\u4e00-\u9fff]{2}社区$/.test(n))).toBe(true)
  })

  it('keeps village and community stems apart, so 建设村 and 建设社区 cannot both appear', () => {
    expect(new Set(VILLAGE_NAME_STEMS).size).toBe(VILLAGE_NAME_STEMS.length)
    expect(new Set(COMMUNITY_NAME_STEMS).size).toBe(COMMUNITY_NAME_STEMS.length)
    expect(VILLAGE_NAME_STEMS.filter((s) => COMMUNITY_NAME_STEMS.includes(s))).toEqual([])
    expect(VILLAGE_NAME_STEMS).toEqual(expect.arrayContaining(['青龙', '石桥', '白马', '凤凰', '三合']))
  })

  it('refuses to draw more names than it has', () => {
    const random = createRandom(1)
    expect(() => villageNames(random, VILLAGE_NAME_STEMS.length + 1)).toThrow(RangeError)
    expect(() => communityNames(random, COMMUNITY_NAME_STEMS.length + 1)).toThrow(RangeError)
  })
})

describe('chineseNumeral and gridName', () => {
  it('writes 1–99 the way a grid list does', () => {
    const cases: [number, string][] = [
      [1, '一'],
      [9, '九'],
      [10, '十'],
      [11, '十一'],
      [20, '二十'],
      [35, '三十五'],
      [99, '九十九'],
    ]
    for (const [n, text] of cases) expect(chineseNumeral(n)).toBe(text)
    expect(() => chineseNumeral(0)).toThrow(RangeError)
    expect(() => chineseNumeral(100)).toThrow(RangeError)
  })

  it('names 村民小组 in villages and 网格 in communities', () => {
    expect(gridName('village', 1)).toBe('一组')
    expect(gridName('village', 12)).toBe('十二组')
    expect(gridName('community', 2)).toBe('第二网格')
  })
})
