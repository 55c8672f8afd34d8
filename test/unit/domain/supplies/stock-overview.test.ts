import { describe, expect, it } from 'vitest'
import { onHandAtStartOf } from '@/domain/supplies/stock-overview'

const day = (itemId: string, received: number, used: number, writtenOff = 0, adjusted = 0) => ({
  itemId,
  received,
  used,
  writtenOff,
  adjusted,
})

describe('stock at the start of a day (onHandAtStartOf)', () => {
  it('takes back what the day and later days moved: in (received, adjusted) and out (used, written off)', () => {
    const now = new Map([
      ['a', 50],
      ['b', 20],
      ['c', 7],
      ['new', 12],
    ])
    const moved = [day('a', 30, 10), day('a', 0, 5, 2), day('b', 0, 0, 0, -4), day('new', 12, 0)]
    expect(onHandAtStartOf(now, moved)).toEqual(
      new Map([
        ['a', 50 - 30 + 10 + 5 + 2],
        ['b', 24],
        ['c', 7],
        // An item first received that day had nothing before it.
        ['new', 0],
      ]),
    )
  })
})
