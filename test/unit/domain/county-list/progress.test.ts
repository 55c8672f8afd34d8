import { describe, expect, it } from 'vitest'
import type { VerificationResult } from '@/domain/county-list/county-list'
import {
  dueStatus,
  emptyProgress,
  percentVerified,
  progressByVillage,
  progressFromCounts,
  progressOf,
  sumProgress,
} from '@/domain/county-list/progress'

const rows = (...results: Array<VerificationResult | ''>) => results.map((result) => ({ result }))

describe('progress', () => {
  it('counts rows by result, unverified apart', () => {
    const progress = progressOf(rows('', 'already-screened', 'already-screened', 'not-living-here', ''))
    expect(progress.total).toBe(5)
    expect(progress.verified).toBe(3)
    expect(progress.counts).toMatchObject({ unverified: 2, 'already-screened': 2, 'not-living-here': 1 })
    expect(progress.counts['passing-through']).toBe(0)
  })

  it('builds the same progress from index counts as from the rows', () => {
    const fromRows = progressOf(rows('', 'wrong-information', 'outside-window', 'outside-window'))
    expect(progressFromCounts({ '': 1, 'wrong-information': 1, 'outside-window': 2 })).toEqual(fromRows)
    expect(progressFromCounts({})).toEqual(emptyProgress())
  })

  it('splits by village, unassigned rows under ""', () => {
    const byVillage = progressByVillage([
      { villageId: 'vil_a', result: '' },
      { villageId: 'vil_a', result: 'already-screened' },
      { villageId: '', result: '' },
    ])
    expect([...byVillage.keys()]).toEqual(['vil_a', ''])
    expect(byVillage.get('vil_a')).toMatchObject({ total: 2, verified: 1 })
    expect(byVillage.get('')).toMatchObject({ total: 1, verified: 0 })
  })

  it('adds up the parts', () => {
    const parts = [progressOf(rows('', 'already-screened')), progressOf(rows('already-screened', 'passing-through'))]
    expect(sumProgress(parts)).toEqual(progressOf(rows('', 'already-screened', 'already-screened', 'passing-through')))
  })

  it.each([
    [0, 0, 0],
    [1, 3, 33],
    [199, 200, 99],
    [3, 3, 100],
  ])('%i of %i verified is %i percent (rounded down)', (verified, total, percent) => {
    expect(percentVerified({ ...emptyProgress(), verified, total })).toBe(percent)
  })
})

describe('dueStatus', () => {
  const open = { ...emptyProgress(), total: 3, verified: 1 }
  const done = { ...emptyProgress(), total: 3, verified: 3 }
  it.each([
    ['2022-11-21', open, '2022-11-20', 'open'],
    ['2022-11-21', open, '2022-11-21', 'due-today'],
    ['2022-11-21', open, '2022-11-22', 'overdue'],
    ['2022-11-21', done, '2022-11-22', 'done'],
    ['', open, '2022-11-22', 'no-due-date'],
    ['2022-11-21', emptyProgress(), '2022-11-22', 'overdue'],
  ] as const)('due %s, %o, today %s → %s', (dueOn, progress, today, status) => {
    expect(dueStatus(dueOn, progress, today)).toBe(status)
  })
})
