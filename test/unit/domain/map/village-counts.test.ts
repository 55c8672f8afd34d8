import { describe, expect, it } from 'vitest'
import { controlByType, countsOf, countVillages, sumOver, type CountedMeasure } from '@/domain/map/village-counts'

const measure = (over: Partial<CountedMeasure>): CountedMeasure => ({
  villageId: 'v1',
  category: 'close-contact',
  startDate: '2022-07-02',
  plannedEnd: '2022-07-11',
  status: 'active',
  releasedOn: '',
  segments: [
    { type: 'centralized', from: '2022-07-02', to: '2022-07-08' },
    { type: 'home-monitoring', from: '2022-07-09', to: '2022-07-11' },
  ],
  testDates: [],
  ...over,
})
const none = { openTests: [], positives: [], fevers: [], arrivals: [] }

describe('village counts per day', () => {
  it('counts a person under the type of each day, until the planned end or an earlier release', () => {
    const counts = countVillages(
      {
        ...none,
        measures: [
          measure({}),
          measure({ status: 'released', releasedOn: '2022-07-04', villageId: 'v2' }),
          // Released before the window: nothing in it.
          measure({
            status: 'released',
            releasedOn: '2022-06-30',
            villageId: 'v3',
            startDate: '2022-06-20',
            segments: [{ type: 'centralized', from: '2022-06-20', to: '2022-07-11' }],
          }),
        ],
      },
      '2022-07-01',
      '2022-07-12',
    )
    expect(countsOf(counts, '2022-07-01', 'v1').control).toEqual({})
    expect(countsOf(counts, '2022-07-08', 'v1').control).toEqual({ 'close-contact|centralized': 1 })
    expect(controlByType(countsOf(counts, '2022-07-09', 'v1'))).toEqual({ 'home-monitoring': 1 })
    expect(countsOf(counts, '2022-07-12', 'v1').control).toEqual({})
    expect(countsOf(counts, '2022-07-04', 'v2').control).toEqual({ 'close-contact|centralized': 1 })
    expect(countsOf(counts, '2022-07-05', 'v2').control).toEqual({})
    expect(countsOf(counts, '2022-07-01', 'v3').control).toEqual({})
  })

  it('counts the test days as due, open tests as overdue on every later day, positives on their day', () => {
    const counts = countVillages(
      {
        ...none,
        measures: [
          measure({ testDates: ['2022-07-03', '2022-07-05'] }),
          // Released on 07-04: its test day of 07-06 was withdrawn.
          measure({ status: 'released', releasedOn: '2022-07-04', testDates: ['2022-07-04', '2022-07-06'] }),
        ],
        openTests: [{ villageId: 'v1', dueOn: '2022-07-03' }],
        positives: [{ villageId: 'v1', day: '2022-07-05' }],
      },
      '2022-07-01',
      '2022-07-07',
    )
    const day = (d: string) => countsOf(counts, d, 'v1')
    expect(day('2022-07-03')).toMatchObject({ testsDue: 1, testsOverdue: 0 })
    expect(day('2022-07-04')).toMatchObject({ testsDue: 1, testsOverdue: 1 })
    expect(day('2022-07-05')).toMatchObject({ testsDue: 1, testsOverdue: 1, positives: 1 })
    expect(day('2022-07-06')).toMatchObject({ testsDue: 0, testsOverdue: 1 })
    expect(sumOver(counts, 'v1', '2022-07-07', 7, (c) => c.positives)).toBe(1)
    expect(sumOver(counts, 'v1', '2022-07-04', 7, (c) => c.positives)).toBe(0)
  })

  it('counts fevers and registrations on their day, and nothing outside the window', () => {
    const counts = countVillages(
      {
        measures: [],
        openTests: [],
        positives: [],
        fevers: [
          { villageId: 'v1', date: '2022-07-03' },
          { villageId: 'v1', date: '2022-06-30' },
        ],
        arrivals: [
          { villageId: 'v2', kind: 'inbound', day: '2022-07-02' },
          { villageId: 'v2', kind: 'any', day: '2022-07-02' },
        ],
      },
      '2022-07-01',
      '2022-07-03',
    )
    expect(countsOf(counts, '2022-07-03', 'v1').fevers).toBe(1)
    expect(sumOver(counts, 'v1', '2022-07-03', 30, (c) => c.fevers)).toBe(1)
    expect(countsOf(counts, '2022-07-02', 'v2').arrivals).toEqual({ inbound: 1, any: 1 })
  })
})
