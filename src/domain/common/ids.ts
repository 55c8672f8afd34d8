const ENCODING = '0123456789ABCDEFGHJKMNPQRSTVWXYZ' // Crockford base32, as ULID specifies

/** Entity prefixes: ids read as `<prefix>_<ulid>` so a stray id says what it names. */
export type IdPrefix = 'vil' | 'grd' | 'usr' | 'aud'

/**
 * A ULID (26 characters: 48-bit time + 80 random bits), sortable by creation time and globally unique, so
 * records from many townships merge without clashes.
 */
export function ulid(now: number = Date.now(), random: (n: number) => Uint8Array = randomBytes): string {
  let time = ''
  let t = now
  for (let i = 0; i < 10; i++) {
    time = ENCODING[t % 32] + time
    t = Math.floor(t / 32)
  }
  const bytes = random(16)
  let rand = ''
  for (let i = 0; i < 16; i++) rand += ENCODING[bytes[i] % 32]
  return time + rand
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
