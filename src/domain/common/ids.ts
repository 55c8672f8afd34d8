const ENCODING = '0123456789ABCDEFGHJKMNPQRSTVWXYZ' // Crockford base32, as ULID specifies

/** Entity prefixes: ids read as `<prefix>_<ulid>` so a stray id says what it names. */
export type IdPrefix =
  | 'vil'
  | 'grd'
  | 'usr'
  | 'aud'
  | 'map'
  | 'cls'
  | 'clr'
  | 'per'
  | 'epi'
  | 'dup'
  | 'log'
  | 'ord'
  | 'inc'
  | 'pbk'
  | 'sup'
  | 'loc'
  | 'doc'
  | 'mov'
  | 'msr'
  | 'sit'
  | 'hck'
  | 'nat'
  | 'rsk'
  | 'rrl'
  | 'stf'
  | 'lve'
  | 'swp'
  | 'itm'
  | 'pck'
  | 'rpt'
  | 'mtg'
  | 'rnd'
  | 'rtg'
  | 'tub'
  | 'smp'

let lastTime = -1
let lastRandom: number[] = []

function encodeTime(time: number): string {
  let text = ''
  let t = time
  for (let i = 0; i < 10; i++) {
    text = ENCODING[t % 32] + text
    t = Math.floor(t / 32)
  }
  return text
}

/** Adds one to a base-32 digit array; undefined when it overflows. */
function increment(digits: number[]): number[] | undefined {
  const next = [...digits]
  for (let i = next.length - 1; i >= 0; i--) {
    if (next[i] < 31) {
      next[i]++
      return next
    }
    next[i] = 0
  }
  return undefined
}

/**
 * A ULID (26 characters: 48-bit time + 80 random bits), sortable by creation time and globally unique, so
 * records from many townships merge without clashes. Monotonic: within one millisecond each id is the previous
 * one plus one, so an index on (time, id) keeps the order things happened in.
 */
export function ulid(now: number = Date.now(), random: (n: number) => Uint8Array = randomBytes): string {
  const next = now === lastTime ? increment(lastRandom) : undefined
  if (next) {
    lastRandom = next
  } else {
    // A new millisecond, or (once in 2^80) the random part overflowed: borrow the next millisecond.
    lastTime = now === lastTime ? now + 1 : now
    lastRandom = Array.from(random(16), (b) => b % 32)
  }
  return encodeTime(lastTime) + lastRandom.map((d) => ENCODING[d]).join('')
}

/** A new id for an entity: `vil_01J…`. */
export function newId(prefix: IdPrefix, now?: number): string {
  return `${prefix}_${ulid(now)}`
}

function randomBytes(n: number): Uint8Array {
  const bytes = new Uint8Array(n)
  globalThis.crypto.getRandomValues(bytes)
  return bytes
}
