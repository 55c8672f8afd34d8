// Finding 18-character numbers one character off among 100k: every number is filed under 18 keys, itself with
// each position blanked in turn, so two numbers that differ in one position share a key. 1.8 million entries at
// 100k people is the cost. As a Map with the blanked strings as keys that was ~260 MB of heap and 2.5 s to build;
// here each key is a 30-bit hash and each entry one float (hash × 2^22 + position) in a sorted Float64Array:
// 8 bytes an entry (~15 MB at 100k people) and one native sort to build. A hash collision only yields an extra
// candidate, which the caller confirms by comparing the numbers, so answers stay exact.

/** Positions are stored below this: a table holds up to 4,194,304 records. */
const POSITION_SPAN = 2 ** 22
const BASE = 131
const POWERS = Array.from({ length: 18 }, (_, i) => {
  let power = 1
  for (let k = 0; k < i; k++) power = Math.imul(power, BASE)
  return power
})

/** Sorted entries built in one go, plus the records added one by one afterwards. */
export interface NearNumberTable {
  /** `key × 2^22 + position`, ascending. */
  readonly sorted: Float64Array
  /** Records added after the build, by key. */
  readonly added: Map<number, number[]>
}

/**
 * The 18 keys of an 18-character number: a 30-bit hash of the number with position i blanked, for each i.
 * The polynomial hash (mod 2^32) of a blanked number is the whole hash minus that position's term, so the 18
 * keys cost 18 multiplications and no strings.
 */
export function blankedKeys(number: string): number[] {
  let hash = 0
  for (let i = 0; i < 18; i++) hash = (hash + Math.imul(number.charCodeAt(i), POWERS[i])) | 0
  // Mixing in the position keeps "blanked at 3" and "blanked at 4" apart.
  return POWERS.map((power, i) => (hash - Math.imul(number.charCodeAt(i), power) + Math.imul(i + 1, 0x9e3779b1)) >>> 2)
}

/** Builds the table over `[position, number]` pairs (numbers of exactly 18 characters). */
export function buildNearNumberTable(entries: ReadonlyArray<readonly [number, string]>): NearNumberTable {
  const sorted = new Float64Array(entries.length * 18)
  let next = 0
  for (const [position, number] of entries)
    for (const key of blankedKeys(number)) sorted[next++] = key * POSITION_SPAN + position
  return { sorted: sorted.sort(), added: new Map() }
}

/** Adds one record after the build (a form registering people while the index is open). */
export function addNearNumber(table: NearNumberTable, position: number, number: string): void {
  for (const key of blankedKeys(number)) {
    const positions = table.added.get(key)
    if (positions) positions.push(position)
    else table.added.set(key, [position])
  }
}

function firstAtLeast(sorted: Float64Array, value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (sorted[mid] < value) low = mid + 1
    else high = mid
  }
  return low
}

/** Positions of the records whose number may be one character off the given one (or equal to it): to confirm. */
export function nearNumberPositions(table: NearNumberTable, number: string): number[] {
  const positions: number[] = []
  for (const key of blankedKeys(number)) {
    const end = (key + 1) * POSITION_SPAN
    for (let i = firstAtLeast(table.sorted, key * POSITION_SPAN); i < table.sorted.length && table.sorted[i] < end; i++)
      positions.push(table.sorted[i] % POSITION_SPAN)
    positions.push(...(table.added.get(key) ?? []))
  }
  return positions
}
