import { describe, expect, it } from 'vitest'
import {
  controlByType,
  countsOf,
  countVillages,
  sumOver,
  type CountedMeasure,
  type CountedTest,
} from '@/domain/map/village-counts'

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
  ...over,
})
const test = (over: Partial<CountedTest>): CountedTest => ({
  villageId: 'v1',
  dueOn: '2022-07-03',
  result: 'scheduled',
  sampledOn: '',
  ...over,
})
const none = { tests: [], fevers: [], arrivals: [] }

describe('village counts per day', () => {
  it('counts a person under the type of each day, until the planned end or an earlier release', () => {
    const counts = countVillages(
      { ...none, measures: [measure({}), measure({ status: 'released', releasedOn: '2022-07-04', villageId: 'v2' })] },
      '2022-07-01',
      '2022-07-12',
    )
    expect(countsOf(counts, '2022-07-01', 'v1').control).toEqual({})
    expect(countsOf(counts, '2022-07-08', 'v1').control).toEqual({ 'close-contact|centralized': 1 })
    expect(controlByType(countsOf(counts, '2022-07-09', 'v1'))).toEqual({ 'home-monitoring': 1 })
    expect(countsOf(counts, '2022-07-12', 'v1').control).toEqual({})
    expect(countsOf(counts, '2022-07-04', 'v2').control).toEqual({ 'close-contact|centralized': 1 })
    expect(countsOf(counts, '2022-07-05', 'v2').control).toEqual({})
  })

  it('counts tests due on their day and overdue on each later day until sampled', () => {
    const counts = countVillages(
      {
        ...none,
        measures: [],
        tests: [
          test({ dueOn: '2022-07-03', result: 'negative', sampledOn: '2022-07-05' }),
          test({ dueOn: '2022-07-04' }),
          test({ dueOn: '2022-07-05', result: 'positive', sampledOn: '2022-07-05' }),
        ],
      },
      '2022-07-01',
      '2022-07-07',
    )
    const day = (d: string) => countsOf(counts, d, 'v1')
    expect(day('2022-07-03')).toMatchObject({ testsDue: 1, testsOverdue: 0 })
    // The 07-03 test is overdue on 07-04 (sampled on 07-05); the 07-04 test stays open.
    expect(day('2022-07-04')).toMatchObject({ testsDue: 1, testsOverdue: 1 })
    expect(day('2022-07-05')).toMatchObject({ testsDue: 1, testsOverdue: 1, positives: 1 })
    expect(day('2022-07-07')).toMatchObject({ testsDue: 0, testsOverdue: 1 })
    expect(sumOver(counts, 'v1', '2022-07-07', 7, (c) => c.positives)).toBe(1)
    expect(sumOver(counts, 'v1', '2022-07-04', 7, (c) => c.positives)).toBe(0)
  })

  it('counts fevers and registrations on their day, and nothing outside the window', () => {
    const counts = countVillages(
      {
        measures: [],
        tests: [],
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
