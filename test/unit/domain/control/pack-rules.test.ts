import { describe, expect, it } from 'vitest'
import { COVID_EDITION_9, NATIONAL_PACKS } from '@/domain/control/national-packs'
import { packProblems } from '@/domain/control/pack-rules'
import { applyOverride, packInForce, type RulePack } from '@/domain/control/rule-pack'
import { scheduleFor } from '@/domain/control/schedule'

function withCloseContact(segments: RulePack['categories']['close-contact']): RulePack {
  return { ...COVID_EDITION_9, categories: { 'close-contact': segments } }
}

describe('packProblems', () => {
  it.each([
    [
      'a test day after the segment ends',
      [{ type: 'centralized', days: 7, testDays: [1, 8] }],
      'pack.testDayOutside',
      { day: 8, days: 7 },
    ],
    ['a test day 0', [{ type: 'centralized', days: 7, testDays: [0] }], 'pack.testDayOutside', { day: 0 }],
    ['the same test day twice', [{ type: 'centralized', days: 7, testDays: [3, 3] }], 'pack.testDayTwice', {}],
    ['a segment of 0 days', [{ type: 'home-quarantine', days: 0, testDays: [] }], 'pack.segmentDays', {}],
    ['half a day', [{ type: 'home-quarantine', days: 2.5, testDays: [] }], 'pack.segmentDays', {}],
    ['a hospital segment', [{ type: 'hospital', days: 3, testDays: [] }], 'pack.segmentType', {}],
    ['no segment', [], 'pack.noSegments', {}],
  ] as const)('refuses %s', (_, segments, code, params) => {
    const problems = packProblems(withCloseContact({ segments: segments as never, release: 'days-complete', note: '' }))
    expect(problems).toHaveLength(1)
    expect(problems[0].code).toBe(code)
    expect(problems[0].params).toMatchObject({ category: 'close-contact', ...params })
  })

  it('refuses an unnamed pack, an end before the start, a bad date and an unknown convention at once', () => {
    const pack = {
      ...COVID_EDITION_9,
      name: ' ',
      effectiveFrom: '2022-06-28',
      effectiveTo: '2022-06-01',
      dayCounting: 'day-2',
    } as unknown as RulePack
    expect(packProblems(pack).map((p) => p.code)).toEqual(['required', 'pack.endBeforeStart', 'pack.dayCounting'])
    expect(packProblems({ ...COVID_EDITION_9, effectiveFrom: '2022-02-30' }).map((p) => p.code)).toEqual(['pack.date'])
    expect(packProblems({ ...COVID_EDITION_9, categories: {} }).map((p) => p.code)).toEqual(['pack.noCategories'])
  })
})

describe('local overrides and the pack in force', () => {
  const stricter = applyOverride(COVID_EDITION_9, {
    id: 'covid-9-county',
    version: 2,
    name: '县级加严：密接10天集中隔离',
    document: '县指挥部〔2022〕5号',
    effectiveFrom: '2022-08-01',
    effectiveTo: '',
    dayCounting: 'day-1',
    categories: {
      'close-contact': {
        segments: [{ type: 'centralized', days: 10, testDays: [1, 4, 7, 10] }],
        release: 'last-test-negative',
        note: '',
      },
    },
  })

  it('replaces only the categories it names, keeps the rest, and records its base', () => {
    expect(packProblems(stricter)).toEqual([])
    expect(stricter.basedOn).toBe('covid-9')
    expect(stricter.categories['secondary-contact']).toEqual(COVID_EDITION_9.categories['secondary-contact'])
    expect(scheduleFor(stricter, 'close-contact', '2022-08-10')!.plannedEnd).toBe('2022-08-19')
  })

  it('the latest pack effective on a date wins; none before the first', () => {
    expect(packInForce(NATIONAL_PACKS, '2021-12-01')?.id).toBe('covid-8')
    expect(packInForce(NATIONAL_PACKS, '2022-11-11')?.id).toBe('covid-20')
    expect(packInForce([...NATIONAL_PACKS, stricter], '2022-08-10')?.id).toBe('covid-9-county')
    expect(packInForce(NATIONAL_PACKS, '2020-01-01')).toBeUndefined()
    expect(packInForce(NATIONAL_PACKS, '2023-06-01')).toBeUndefined()
  })
})
