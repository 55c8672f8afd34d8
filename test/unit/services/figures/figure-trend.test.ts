import { describe, expect, it } from 'vitest'
import type { CommandPostDatabase } from '@/db/database'
import { figureTrend } from '@/services/figures/figure-trend'
import { NOW, seedFiguresEachTest } from '../../../fixtures/figures'

let db: CommandPostDatabase
seedFiguresEachTest((opened) => (db = opened))

describe('figure trends over the 7 days ending today (2022-07-04 … 07-10)', () => {
  it('gives each day its own count, oldest first', async () => {
    const fevers = await figureTrend(db, 'fevers', 7, NOW)
    expect(fevers.days).toEqual([
      '2022-07-04',
      '2022-07-05',
      '2022-07-06',
      '2022-07-07',
      '2022-07-08',
      '2022-07-09',
      '2022-07-10',
    ])
    expect(fevers.values).toEqual([0, 0, 0, 0, 1, 1, 2])
    expect((await figureTrend(db, 'registrations.total', 7, NOW)).values).toEqual([0, 0, 0, 0, 1, 1, 2])
    expect((await figureTrend(db, 'releases', 7, NOW)).values).toEqual([0, 0, 0, 0, 0, 1, 1])
    expect((await figureTrend(db, 'tests.due', 7, NOW)).values).toEqual([0, 0, 0, 1, 1, 1, 2])
    expect((await figureTrend(db, 'tests.done', 7, NOW)).values).toEqual([0, 0, 0, 0, 0, 1, 2])
    expect((await figureTrend(db, 'tests.positive', 7, NOW)).values).toEqual([0, 0, 0, 0, 0, 1, 1])
  })

  it('gives people under control as the level on each day, matching the township figure of that day', async () => {
    expect((await figureTrend(db, 'underControl.total', 7, NOW)).values).toEqual([4, 5, 5, 5, 5, 4, 4])
    expect((await figureTrend(db, 'underControl.total', 30, NOW)).days).toHaveLength(30)
  })
})
