import { describe, expect, it } from 'vitest'
import { createRandom, drawUnique } from '@/domain/demo/random'

function draws(seed: number | string, n = 20): number[] {
  const random = createRandom(seed)
  return Array.from({ length: n }, () => random.next())
}

describe('createRandom', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    expect(draws(42)).toEqual(draws(42))
    expect(draws('42')).toEqual(draws(42))
    expect(draws(42)).not.toEqual(draws(43))
  })

  it('keeps its algorithm: the demo data a user has seen must not change under them', () => {
    const random = createRandom(1)
    expect(random.next()).toBe(0.8317172497045249)
    expect(random.int(1, 100)).toBe(13)
  })

  it('draws floats in [0, 1) and whole numbers in [min, max] reaching both ends', () => {
    const random = createRandom('range')
    const seen = new Set<number>()
    for (let i = 0; i < 2000; i++) {
      const x = random.next()
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThan(1)
      const n = random.int(-2, 3)
      expect(Number.isInteger(n)).toBe(true)
      seen.add(n)
      const f = random.float(2.6, 3.3)
      expect(f).toBeGreaterThanOrEqual(2.6)
      expect(f).toBeLessThan(3.3)
    }
    expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2, 3])
    expect(random.int(7, 7)).toBe(7)
  })

  it('refuses impossible ranges and empty lists', () => {
    const random = createRandom(1)
    expect(() => random.int(5, 4)).toThrow(RangeError)
    expect(() => random.int(1.5, 4)).toThrow(RangeError)
    expect(() => random.pick([])).toThrow(RangeError)
    expect(() => random.weighted([['a', 0]])).toThrow(RangeError)
    expect(() => random.sample([1, 2], 3)).toThrow(RangeError)
  })

  it('chance(0) never and chance(1) always', () => {
    const random = createRandom(2)
    for (let i = 0; i < 500; i++) {
      expect(random.chance(0)).toBe(false)
      expect(random.chance(1)).toBe(true)
    }
  })

  it('picks by weight and never a zero-weight entry', () => {
    const random = createRandom('weights')
    const counts = { a: 0, b: 0, z: 0 }
    for (let i = 0; i < 10000; i++)
      counts[
        random.weighted([
          ['a', 3],
          ['z', 0],
          ['b', 1],
        ] as const)
      ]++
    expect(counts.z).toBe(0)
    expect(counts.a / counts.b).toBeGreaterThan(2.5)
    expect(counts.a / counts.b).toBeLessThan(3.5)
  })

  it('shuffles into a permutation and samples distinct elements, leaving the input alone', () => {
    const random = createRandom(3)
    const items = Object.freeze([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    const shuffled = random.shuffle(items)
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items)
    expect(shuffled).not.toEqual(items)
    const sample = random.sample(items, 4)
    expect(new Set(sample).size).toBe(4)
    expect(sample.every((x) => items.includes(x))).toBe(true)
    expect(random.sample(items, 0)).toEqual([])
  })

  it('forks streams that depend only on the seed and the label, not on draws made before', () => {
    const fresh = createRandom(9)
    const used = createRandom(9)
    used.next()
    used.int(1, 10)
    const a = fresh.fork('people')
    const b = used.fork('people')
    expect([a.next(), a.next()]).toEqual([b.next(), b.next()])
    expect(fresh.fork('people').seed).toBe('9/people')
    expect(fresh.fork('people').next()).not.toBe(fresh.fork('supplies').next())
  })
})

describe('drawUnique', () => {
  it('records and returns unused values, and gives up when the pool is exhausted', () => {
    const random = createRandom(4)
    const used = new Set<number>()
    const got = Array.from({ length: 3 }, () => drawUnique(used, () => random.int(1, 3)))
    expect([...got].sort()).toEqual([1, 2, 3])
    expect(used.size).toBe(3)
    expect(() => drawUnique(used, () => random.int(1, 3), 50)).toThrow(RangeError)
  })
})
