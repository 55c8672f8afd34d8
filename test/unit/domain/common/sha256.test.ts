import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sha256Bytes, sha256Hex } from '@/domain/common/sha256'

// NIST FIPS 180-4 / CAVP test vectors.
const VECTORS: [string, string][] = [
  ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  [
    'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
    '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
  ],
  [
    'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
    'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
  ],
]

describe('sha256Hex', () => {
  it.each(VECTORS)('hashes the standard vector %j', (text, digest) => {
    expect(sha256Hex(text)).toBe(digest)
  })

  it('hashes a million "a" (the long NIST vector)', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0')
  })

  it('agrees with Node at every length around the block and padding edges, and on Chinese text', () => {
    for (let n = 0; n <= 130; n++) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 31 + n) & 0xff)
      expect(Buffer.from(sha256Bytes(bytes)).toString('hex'), `length ${n}`).toBe(
        createHash('sha256').update(bytes).digest('hex'),
      )
    }
    const text = '来电：城关村报告发热 1 人（37.8℃）'
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'))
  })
})
