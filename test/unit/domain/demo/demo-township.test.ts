import { describe, expect, it } from 'vitest'
import {
  DEMO_COUNTY_NAME,
  DEMO_SEED,
  DEMO_TOWNSHIP_CODE,
  DEMO_TOWNSHIP_NAME,
  demoGridId,
  generateDemoTownship,
} from '@/domain/demo/demo-township'
import { isInTownship, isTownshipCode, townshipKindOf, villageKindOf } from '@/domain/township/area-code'
import { DEFAULT_REPORT_WINDOW } from '@/domain/township/township'
import { URBAN_RURAL_CLASSES, type Contact } from '@/domain/township/village'
import { villageProblems } from '@/domain/township/village-rules'

const MOBILE = /^1[3-9]\d{9}$/
const demo = generateDemoTownship()
const SEEDS = Array.from({ length: 40 }, (_, i) => i * 7919 + 1)

function contactsOf(result = demo): Contact[] {
  return result.villages.flatMap((v) => [v.secretary, v.doctor, ...v.grids.flatMap((g) => g.members)])
}

function sum(numbers: number[]): number {
  return numbers.reduce((a, b) => a + b, 0)
}

describe('generateDemoTownship', () => {
  it('is deterministic: the same seed gives deep-equal data, another seed different data', () => {
    expect(generateDemoTownship(DEMO_SEED)).toEqual(demo)
    expect(generateDemoTownship()).toEqual(generateDemoTownship())
    expect(generateDemoTownship(1)).toEqual(generateDemoTownship(1))
    expect(generateDemoTownship(1)).not.toEqual(demo)
  })

  it('describes 示范镇 with a valid 镇 code and the default settings', () => {
    expect(demo.township).toEqual({
      name: DEMO_TOWNSHIP_NAME,
      code: DEMO_TOWNSHIP_CODE,
      countyName: DEMO_COUNTY_NAME,
      reportWindow: DEFAULT_REPORT_WINDOW,
      idleLockMinutes: 15,
    })
    expect(demo.township.name).toBe('示范镇')
    expect(isTownshipCode(demo.township.code)).toBe(true)
    expect(townshipKindOf(demo.township.code)).toBe('town')
    // A copy, so a caller editing the demo's window cannot change the app-wide default.
    expect(demo.township.reportWindow).not.toBe(DEFAULT_REPORT_WINDOW)
  })

  it('has 18–22 villages and communities with unique codes inside the township', () => {
    expect(demo.villages.length).toBeGreaterThanOrEqual(18)
    expect(demo.villages.length).toBeLessThanOrEqual(22)
    const codes = demo.villages.map((v) => v.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const code of codes) expect(isInTownship(code, demo.township.code)).toBe(true)
    expect(new Set(demo.villages.map((v) => v.name)).size).toBe(demo.villages.length)
  })

  it('names each place for the kind its code says: 社区 ↔ community, 村 ↔ village', () => {
    const kinds = demo.villages.map((v) => villageKindOf(v.code))
    expect(kinds.filter((k) => k === 'community')).toHaveLength(4)
    for (const v of demo.villages) {
      const kind = villageKindOf(v.code)
      expect(v.name.endsWith(kind === 'community' ? '社区' : '村')).toBe(true)
      expect(kind === 'community' ? v.urbanRuralClass === '121' : ['122', '220'].includes(v.urbanRuralClass)).toBe(true)
      expect(URBAN_RURAL_CLASSES).toHaveProperty(v.urbanRuralClass)
    }
  })

  it('passes the village rules with no problem at all, for many seeds', () => {
    for (const seed of [DEMO_SEED, ...SEEDS]) {
      const result = generateDemoTownship(seed)
      for (const v of result.villages) expect(villageProblems(v, result.township.code)).toEqual([])
    }
  })

  it('has realistic populations and households, whatever the seed', () => {
    for (const seed of [DEMO_SEED, ...SEEDS]) {
      const { villages } = generateDemoTownship(seed)
      const total = sum(villages.map((v) => v.population))
      expect(total).toBeGreaterThanOrEqual(35000)
      expect(total).toBeLessThanOrEqual(50000)
      for (const v of villages) {
        const [min, max] = villageKindOf(v.code) === 'community' ? [2500, 9000] : [900, 3800]
        expect(v.population).toBeGreaterThanOrEqual(min)
        expect(v.population).toBeLessThanOrEqual(max)
        const perHousehold = v.population / v.households
        expect(perHousehold).toBeGreaterThanOrEqual(2.59)
        expect(perHousehold).toBeLessThanOrEqual(3.31)
      }
      const households = sum(villages.map((v) => v.households))
      expect(households).toBeGreaterThan(total / 3.3)
      expect(households).toBeLessThan(total / 2.6)
    }
  })

  it('splits every place into 3–9 grids named by kind, each with 1–2 members', () => {
    const ids = new Set<string>()
    for (const v of demo.villages) {
      expect(v.grids.length).toBeGreaterThanOrEqual(3)
      expect(v.grids.length).toBeLessThanOrEqual(9)
      const pattern =
        villageKindOf(v.code) === 'community' ? /^第[一二三四五六七八九]网格$/ : /^[一二三四五六七八九]组$/
      v.grids.forEach((g, i) => {
        expect(g.name).toMatch(pattern)
        expect(g.id).toBe(demoGridId(v.code, i + 1))
        expect(g.members.length).toBeGreaterThanOrEqual(1)
        expect(g.members.length).toBeLessThanOrEqual(2)
        ids.add(g.id)
      })
    }
    expect(ids.size).toBe(sum(demo.villages.map((v) => v.grids.length)))
    expect(demoGridId('511826101201', 3)).toBe('grd_demo_511826101201_3')
  })

  it('gives every contact a name and a mobile number, each unique in the township', () => {
    const contacts = contactsOf()
    for (const c of contacts) {
      expect(c.name).toMatch(/^[\u4e00-\u9fff]{2,3}$/)
      expect(c.phone).toMatch(MOBILE)
    }
    expect(new Set(contacts.map((c) => c.name)).size).toBe(contacts.length)
    expect(new Set(contacts.map((c) => c.phone)).size).toBe(contacts.length)
  })
})
