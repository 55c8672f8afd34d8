import { describe, expect, it } from 'vitest'
import { hashPassword, PASSWORD_ITERATIONS, verifyPassword } from '@/services/accounts/password-hash'

const base64Bytes = (text: string) => atob(text).length

describe('hashPassword', () => {
  it('uses PBKDF2-SHA256 at the full cost by default, with a 16-byte salt and a 32-byte hash', async () => {
    const stored = await hashPassword('2468')
    expect(stored.algorithm).toBe('PBKDF2-SHA256')
    expect(stored.iterations).toBe(PASSWORD_ITERATIONS)
    expect(PASSWORD_ITERATIONS).toBeGreaterThanOrEqual(600_000)
    expect(base64Bytes(stored.salt)).toBe(16)
    expect(base64Bytes(stored.hash)).toBe(32)
    expect(await verifyPassword('2468', stored)).toBe(true)
    expect(await verifyPassword('2469', stored)).toBe(false)
  })

  it('salts: two hashes of the same PIN differ in salt and hash', async () => {
    const a = await hashPassword('1234', 1000)
    const b = await hashPassword('1234', 1000)
    expect(a.salt).not.toBe(b.salt)
    expect(a.hash).not.toBe(b.hash)
    expect(await verifyPassword('1234', a)).toBe(true)
    expect(await verifyPassword('1234', b)).toBe(true)
  })

  it('never stores the plain text, in any encoding', async () => {
    const password = 'correct horse 马'
    const stored = await hashPassword(password, 1000)
    const text = JSON.stringify(stored)
    expect(text).not.toContain(password)
    expect(text).not.toContain(btoa(String.fromCharCode(...new TextEncoder().encode(password))))
    expect(Object.keys(stored).sort()).toEqual(['algorithm', 'hash', 'iterations', 'salt'])
  })

  it('keeps the cost it was made with, so verifying uses the stored cost', async () => {
    const stored = await hashPassword('2468', 1000)
    expect(stored.iterations).toBe(1000)
    expect(await verifyPassword('2468', stored)).toBe(true)
    expect(await verifyPassword('2468', { ...stored, iterations: 1001 })).toBe(false)
  })
})

describe('verifyPassword', () => {
  it('is true only for the exact password', async () => {
    const stored = await hashPassword('Pa55word', 1000)
    expect(await verifyPassword('Pa55word', stored)).toBe(true)
    for (const wrong of ['pa55word', 'Pa55word ', '', 'Pa55wor'])
      expect(await verifyPassword(wrong, stored), wrong).toBe(false)
  })

  it('is false against a tampered salt or a hash of the wrong length', async () => {
    const stored = await hashPassword('2468', 1000)
    const other = await hashPassword('2468', 1000)
    expect(await verifyPassword('2468', { ...stored, salt: other.salt })).toBe(false)
    expect(await verifyPassword('2468', { ...stored, hash: btoa('short') })).toBe(false)
  })
})
