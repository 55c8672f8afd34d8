import { describe, expect, it } from 'vitest'
import type { EpisodeKind } from '@/domain/person/person'
import { plusDays } from '@/domain/control/calendar'
import { NATIONAL_PACKS } from '@/domain/control/national-packs'
import { packProblems } from '@/domain/control/pack-rules'
import { scheduleFor } from '@/domain/control/schedule'

const ANCHOR = '2022-03-25'

/**
 * Per pack and category: the last day and the test days as day numbers (day 1 = the first day under the measure),
 * hand-read from the schemes; null when the pack gives the category no measure. Under `day-0` day n is
 * anchor + n; under `day-1` it is anchor + n − 1.
 */
const EXPECTED: Record<
  string,
  Partial<Record<EpisodeKind, { end: number; tests: number[]; types: string[] } | null>>
> = {
  'covid-8': {
    'close-contact': { end: 21, tests: [1, 4, 7, 14, 16, 21], types: ['centralized', 'home-monitoring'] },
    'secondary-contact': { end: 7, tests: [1, 4, 7], types: ['centralized'] },
    inbound: { end: 21, tests: [1, 4, 7, 14, 16, 21], types: ['centralized', 'home-monitoring'] },
    returnee: { end: 14, tests: [1, 7, 14], types: ['home-monitoring'] },
    incoming: { end: 14, tests: [1, 7, 14], types: ['home-monitoring'] },
    'county-list': null,
  },
  'covid-9': {
    'close-contact': { end: 10, tests: [1, 2, 3, 5, 7, 10], types: ['centralized', 'home-monitoring'] },
    'secondary-contact': { end: 7, tests: [1, 4, 7], types: ['home-quarantine'] },
    inbound: { end: 10, tests: [1, 2, 3, 5, 7, 10], types: ['centralized', 'home-monitoring'] },
    returnee: { end: 7, tests: [1, 4, 7], types: ['home-quarantine'] },
    incoming: { end: 3, tests: [1, 3], types: ['self-monitoring'] },
    'county-list': null,
  },
  'covid-20': {
    'close-contact': { end: 8, tests: [1, 2, 3, 5, 6, 8], types: ['centralized', 'home-quarantine'] },
    'secondary-contact': null,
    inbound: { end: 8, tests: [1, 2, 3, 5, 6, 8], types: ['centralized', 'home-quarantine'] },
    returnee: { end: 5, tests: [1, 3, 5], types: ['home-quarantine'] },
    incoming: null,
  },
  'covid-10': {
    'close-contact': { end: 5, tests: [5], types: ['home-quarantine'] },
    'secondary-contact': null,
    inbound: { end: 8, tests: [1, 2, 3, 5, 6, 8], types: ['centralized', 'home-quarantine'] },
    returnee: null,
  },
}

const cases = NATIONAL_PACKS.flatMap((pack) =>
  Object.entries(EXPECTED[pack.id]).flatMap(([category, expected]) =>
    (['day-0', 'day-1'] as const).map((counting) => ({ pack, category: category as EpisodeKind, expected, counting })),
  ),
)

describe('the shipped national packs', () => {
  it('are all covered by this table and are valid', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(NATIONAL_PACKS.map((p) => p.id).sort())
    for (const pack of NATIONAL_PACKS) expect(packProblems(pack), pack.id).toEqual([])
  })

  it('follow one another without gaps or overlaps', () => {
    for (let i = 1; i < NATIONAL_PACKS.length; i++)
      expect(plusDays(NATIONAL_PACKS[i - 1].effectiveTo, 1)).toBe(NATIONAL_PACKS[i].effectiveFrom)
  })

  it.each(cases)('$pack.id $category ($counting)', ({ pack, category, expected, counting }) => {
    const schedule = scheduleFor(pack, category, ANCHOR, counting)
    if (expected === null) return expect(schedule).toBeUndefined()
    const shift = counting === 'day-0' ? 0 : -1
    expect(schedule!.plannedEnd).toBe(plusDays(ANCHOR, expected.end + shift))
    expect(schedule!.testDates).toEqual(expected.tests.map((n) => plusDays(ANCHOR, n + shift)))
    expect(schedule!.segments.map((s) => s.type)).toEqual(expected.types)
    expect(schedule!.segments[0].from).toBe(plusDays(ANCHOR, 1 + shift))
    expect(schedule!.dayCounting).toBe(counting)
  })
})

describe('scheduleFor on the calendar', () => {
  it('9th edition close contact exposed on 2022-07-30: day 0 convention crosses the month end', () => {
    const pack = NATIONAL_PACKS.find((p) => p.id === 'covid-9')!
    const schedule = scheduleFor(pack, 'close-contact', '2022-07-30')!
    expect(schedule.segments).toEqual([
      { type: 'centralized', from: '2022-07-31', to: '2022-08-06' },
      { type: 'home-monitoring', from: '2022-08-07', to: '2022-08-09' },
    ])
    expect(schedule.testDates).toEqual([
      '2022-07-31',
      '2022-08-01',
      '2022-08-02',
      '2022-08-04',
      '2022-08-06',
      '2022-08-09',
    ])
  })

  it('8th edition, exposure day counted as day 1: 14 days end on exposure + 13', () => {
    const pack = NATIONAL_PACKS.find((p) => p.id === 'covid-8')!
    const schedule = scheduleFor(pack, 'close-contact', '2021-12-31', 'day-1')!
    expect(schedule.segments[0]).toEqual({ type: 'centralized', from: '2021-12-31', to: '2022-01-13' })
    expect(schedule.plannedEnd).toBe('2022-01-20')
  })
})
