import { describe, expect, it } from 'vitest'
import { addNearNumber, blankedKeys, buildNearNumberTable, nearNumberPositions } from '@/domain/person/near-numbers'

const NUMBER = '110101199003072316'

describe('blankedKeys', () => {
  it('gives 18 distinct 30-bit keys', () => {
    const keys = blankedKeys(NUMBER)
    expect(keys).toHaveLength(18)
    expect(new Set(keys).size).toBe(18)
    for (const key of keys) expect(Number.isInteger(key) && key >= 0 && key < 2 ** 30).toBe(true)
  })

  it.each(Array.from({ length: 18 }, (_, i) => i))('shares key %i with a number that differs only there', (i) => {
    const changed = NUMBER.slice(0, i) + (NUMBER[i] === '9' ? '0' : 'X') + NUMBER.slice(i + 1)
    const mine = blankedKeys(NUMBER)
    const theirs = blankedKeys(changed)
    expect(theirs[i]).toBe(mine[i])
    expect(theirs.filter((key, j) => key === mine[j])).toHaveLength(1)
  })
})

describe('near-number table', () => {
  const table = buildNearNumberTable([
    [0, NUMBER],
    [1, '11010519491231002X'],
    [2, '110101199003072315'],
    [3, '110101199003072316'],
  ])

  it('returns the positions of numbers one character off, and of equal numbers', () => {
    const found = new Set(nearNumberPositions(table, '110101199003072317'))
    expect([...found].sort()).toEqual([0, 2, 3])
  })

  it('returns nothing for a number far from all', () => {
    expect(nearNumberPositions(table, '511826198506120030')).toEqual([])
  })

  it('finds records added after the build', () => {
    addNearNumber(table, 4, '51182619850612003X')
    expect(new Set(nearNumberPositions(table, '511826198506120030'))).toEqual(new Set([4]))
  })

  it('works on an empty table', () => {
    expect(nearNumberPositions(buildNearNumberTable([]), NUMBER)).toEqual([])
  })
})
