import { describe, expect, it } from 'vitest'
import { newId, ulid } from '@/domain/common/ids'

describe('ulid', () => {
  it('is 26 Crockford base-32 characters', () => {
    expect(ulid()).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/)
  })

  it('encodes the time so ids sort by creation time', () => {
    expect(ulid(1_000).slice(0, 10) < ulid(2_000).slice(0, 10)).toBe(true)
    expect(ulid(0).slice(0, 10)).toBe('0000000000')
  })

  it('stays in creation order within one millisecond', () => {
    const ids = Array.from({ length: 500 }, () => ulid(1_700_000_000_000))
    expect([...ids].sort()).toEqual(ids)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('still sorts after the random part overflows within a millisecond', () => {
    const max = () => new Uint8Array(16).fill(31)
    const first = ulid(1_800_000_000_000, max)
    const second = ulid(1_800_000_000_000, max)
    expect(first.endsWith('Z'.repeat(16))).toBe(true)
    expect(second > first).toBe(true)
  })

  it('prefixes entity ids', () => {
    expect(newId('vil')).toMatch(/^vil_[0-9A-Z]{26}$/)
  })
})
