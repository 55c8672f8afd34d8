import { describe, expect, it } from 'vitest'
import {
  isInTownship,
  isTownshipCode,
  isVillageCode,
  readAreaCode,
  townshipKindOf,
  townshipPrefix,
  villageKindOf,
} from '@/domain/township/area-code'

describe('readAreaCode', () => {
  it('reads a 12-digit code as text, unrepaired', () => {
    expect(readAreaCode('511826100201')).toEqual({ ok: true, code: '511826100201' })
  })

  it('reads a number cell as its exact digits', () => {
    expect(readAreaCode(511826100201)).toEqual({ ok: true, code: '511826100201' })
  })

  it.each(['511826100201.0', '511826100201.00', ' 511826100201.0 '])('repairs the float suffix of %j', (raw) => {
    expect(readAreaCode(raw)).toEqual({ ok: true, code: '511826100201', repaired: 'float-suffix' })
  })

  it('repairs full-width digits and says so', () => {
    expect(readAreaCode('５１１８２６１００２０１')).toEqual({ ok: true, code: '511826100201', repaired: 'full-width' })
  })

  it('repairs full-width digits mixed with spaces', () => {
    expect(readAreaCode('５１１８２６　１００２０１')).toEqual({
      ok: true,
      code: '511826100201',
      repaired: 'full-width',
    })
  })

  it.each([' 511826100201 ', '511826 100201', '511826\u3000100201', '\t511826100201', '511826100201\u00a0'])(
    'drops stray spaces in %j without calling it a repair',
    (raw) => {
      expect(readAreaCode(raw)).toEqual({ ok: true, code: '511826100201' })
    },
  )

  it.each([undefined, null, '', '   ', '\u3000'])('calls %j empty', (raw) => {
    expect(readAreaCode(raw)).toMatchObject({ ok: false, reason: 'empty' })
  })

  it.each(['5.11826E+11', '5.11826e+11', '5.11826E11', '5E+11', ' 5.11826E+11 '])(
    'refuses scientific notation %j: the digits are lost',
    (raw) => {
      expect(readAreaCode(raw)).toEqual({ ok: false, reason: 'scientific', raw: raw.trim() })
    },
  )

  it('refuses a number too large to print without an exponent', () => {
    expect(readAreaCode(1e21)).toMatchObject({ ok: false, reason: 'scientific' })
  })

  it.each(['51182610020A', '511826-100201', '511826100201.5', '芦阳镇', 'x'])('refuses %j as not digits', (raw) => {
    expect(readAreaCode(raw)).toEqual({ ok: false, reason: 'not-digits', raw })
  })

  it.each(['5118261002', '5118261002011', '5118261002.0', '0', '５１１８２６'])(
    'refuses %j as the wrong length',
    (raw) => {
      expect(readAreaCode(raw)).toMatchObject({ ok: false, reason: 'wrong-length' })
    },
  )

  it('keeps the offending text, spaces removed, in raw', () => {
    expect(readAreaCode(' 5118 261002 ')).toEqual({ ok: false, reason: 'wrong-length', raw: '5118261002' })
  })
})

describe('townshipPrefix and isInTownship', () => {
  it('takes county and township digits', () => {
    expect(townshipPrefix('511826100201')).toBe('511826100')
  })

  it('places a village inside its own township only', () => {
    expect(isInTownship('511826100201', '511826100000')).toBe(true)
    expect(isInTownship('511826100001', '511826100000')).toBe(true)
    expect(isInTownship('511826101201', '511826100000')).toBe(false)
    expect(isInTownship('511827100201', '511826100000')).toBe(false)
  })
})

describe('villageKindOf', () => {
  it.each([
    ['511826100001', 'community'],
    ['511826100199', 'community'],
    ['511826100200', 'village'],
    ['511826100201', 'village'],
    ['511826100399', 'village'],
    ['511826100400', 'village'],
    ['511826100000', 'village'],
  ])('%s is a %s', (code, kind) => {
    expect(villageKindOf(code)).toBe(kind)
  })
})

describe('townshipKindOf', () => {
  it.each([
    ['511826100000', 'town'],
    ['511826199000', 'town'],
    ['511826200000', 'township'],
    ['511826399000', 'township'],
    ['511826001000', 'other'],
    ['511826400000', 'other'],
  ])('%s is a %s', (code, kind) => {
    expect(townshipKindOf(code)).toBe(kind)
  })
})

describe('isTownshipCode and isVillageCode', () => {
  it('knows a township code', () => {
    expect(isTownshipCode('511826100000')).toBe(true)
    expect(isTownshipCode('511826000000')).toBe(false)
    expect(isTownshipCode('511826100201')).toBe(false)
    expect(isTownshipCode('51182610000')).toBe(false)
  })

  it('knows a village code', () => {
    expect(isVillageCode('511826100201')).toBe(true)
    expect(isVillageCode('511826100001')).toBe(true)
    expect(isVillageCode('511826100000')).toBe(false)
    expect(isVillageCode('5118261002')).toBe(false)
    expect(isVillageCode('51182610020A')).toBe(false)
  })
})
