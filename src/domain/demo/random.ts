/**
 * A small seeded pseudo-random generator for demo and test data. Never for anything secret: ids use
 * `crypto.getRandomValues` (see `common/ids.ts`).
 */
export interface Random {
  /** The seed text this stream was created from; forks append `/label`. */
  readonly seed: string
  /** A float in [0, 1). */
  next(): number
  /** A whole number in [min, max], both ends included. */
  int(min: number, max: number): number
  /** A float in [min, max). */
  float(min: number, max: number): number
  /** True with probability `p` (0 never, 1 always). */
  chance(p: number): boolean
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T
  /** One value of `[value, weight]` pairs, in proportion to the (non-negative) weights. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T
  /** A shuffled copy (Fisher–Yates); the input is left alone. */
  shuffle<T>(items: readonly T[]): T[]
  /** `count` distinct elements (by position) in random order. */
  sample<T>(items: readonly T[], count: number): T[]
  /**
   * An independent stream named `label`. Each part of a generator draws from its own fork, so that adding a
   * new part (people, supplies…) or drawing more in one part never changes what the other parts produce.
   */
  fork(label: string): Random
}

/**
 * A generator seeded by a number or a text; the same seed gives the same sequence on every machine.
 * The seed is hashed (FNV-1a) so that neighbouring seeds (1, 2, 3…) start far apart.
 */
export function createRandom(seed: number | string): Random {
  const seedText = String(seed)
  const next = mulberry32(fnv1a(seedText))
  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) throw new RangeError(`int(${min}, ${max})`)
    return min + Math.floor(next() * (max - min + 1))
  }
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = items.slice()
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i)
      ;[copy[i], copy[j]] = [copy[j], copy[i]]
    }
    return copy
  }
  return {
    seed: seedText,
    next,
    int,
    float: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick from an empty list')
      return items[int(0, items.length - 1)]
    },
    weighted: (entries) => {
      const total = entries.reduce((sum, [, w]) => sum + w, 0)
      if (!(total > 0)) throw new RangeError('weighted pick needs a positive total weight')
      let r = next() * total
      let last = entries[0][0]
      for (const [value, w] of entries) {
        if (r < w) return value
        r -= w
        if (w > 0) last = value
      }
      // Float rounding can leave r a hair above the last weight: the last entry with weight is then right.
      return last
    },
    shuffle,
    sample: (items, count) => {
      if (!Number.isInteger(count) || count < 0 || count > items.length)
        throw new RangeError(`sample ${count} of ${items.length}`)
      return shuffle(items).slice(0, count)
    },
    fork: (label) => createRandom(`${seedText}/${label}`),
  }
}

/**
 * Draws until `draw` gives a value not yet in `used`, records it and returns it. Gives up with an error after
 * `maxTries`, which means the pool is (nearly) exhausted rather than unlucky.
 */
export function drawUnique<T>(used: Set<T>, draw: () => T, maxTries = 1000): T {
  for (let i = 0; i < maxTries; i++) {
    const value = draw()
    if (!used.has(value)) {
      used.add(value)
      return value
    }
  }
  throw new RangeError(`no unused value after ${maxTries} draws`)
}

/** mulberry32: 32-bit state, fast, good enough for data that only has to look plausible. */
function mulberry32(state: number): () => number {
  let a = state
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a over UTF-16 code units: turns any seed text into a 32-bit state. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}
