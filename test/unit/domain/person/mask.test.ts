import { describe, expect, it } from 'vitest'
import { maskDocumentNumber, maskPhone } from '@/domain/person/mask'

describe('maskDocumentNumber', () => {
  it.each([
    ['110101199003072316', '110101********2316'],
    ['11010519491231002X', '110105********002X'],
    ['E12345678', 'E1*****78'],
    ['USA110079011204', 'US***********04'],
    ['G1234', 'G1*34'],
    ['1234', '****'],
    ['12', '**'],
    ['', ''],
  ])('%j → %j', (number, masked) => {
    expect(maskDocumentNumber(number)).toBe(masked)
  })
})

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['+86 138 1234 5678', '138****5678'],
    ['0835-1234567', '0835-*****67'],
    ['08351234567', '0835-*****67'],
    ['010-12345678', '010-******78'],
    ['0835-1234567-801', '0835-*****67'],
    ['12345', '12*45'],
    ['无', '*'],
    ['', ''],
  ])('%j → %j', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked)
  })
})
