import { describe, expect, it } from 'vitest'
import {
  checkCharacter,
  hasValidCheckCharacter,
  normalizeDocumentNumber,
  readDocumentNumber,
  upgradeFifteenDigitId,
} from '@/domain/person/id-number'

const TODAY = '2024-06-01'

describe('checkCharacter', () => {
  // 11010519491231002X is the example published with GB 11643; the others were computed by hand from the weights.
  it.each([
    ['11010519491231002', 'X'],
    ['11010119900307231', '6'],
    ['13050319670401001', '6'],
    ['81000019900101001', '9'],
    ['91101119800101001', '8'],
    ['11010119900301000', '0'],
  ])('of %s is %s', (first17, check) => {
    expect(checkCharacter(first17)).toBe(check)
    expect(hasValidCheckCharacter(first17 + check)).toBe(true)
  })

  it.each(['11010519491231002Y', '1101051949123100X', '110105194912310021', ''])('rejects %j', (number) => {
    expect(hasValidCheckCharacter(number)).toBe(false)
  })
})

describe('upgradeFifteenDigitId', () => {
  it.each([
    ['110105491231002', '11010519491231002X'],
    ['511826850612003', '51182619850612003X'],
    ['130503670401001', '130503196704010016'],
  ])('%s → %s', (old, upgraded) => {
    expect(upgradeFifteenDigitId(old)).toBe(upgraded)
  })
})

describe('normalizeDocumentNumber', () => {
  it.each([
    ['11010519491231002x', '11010519491231002X'],
    [' 110105 1949 1231 002x ', '11010519491231002X'],
    ['１１０１０５１９４９１２３１００２ｘ', '11010519491231002X'],
    ['110105\u300019491231002X', '11010519491231002X'],
    ["'110101199003072316", '110101199003072316'],
    ['="110101199003072316"', '110101199003072316'],
    ['e12345678', 'E12345678'],
    [undefined, ''],
    [null, ''],
  ])('%j → %j', (raw, number) => {
    expect(normalizeDocumentNumber(raw)).toBe(number)
  })
})

describe('readDocumentNumber: resident IDs that pass', () => {
  it.each([
    ['11010519491231002X', '11010519491231002X', 'female', '1949-12-31'],
    ['11010519491231002x', '11010519491231002X', 'female', '1949-12-31'],
    [' 1101 0519 4912 3100 2x', '11010519491231002X', 'female', '1949-12-31'],
    ['１１０１０５１９４９１２３１００２Ｘ', '11010519491231002X', 'female', '1949-12-31'],
    ['110101199003072316', '110101199003072316', 'male', '1990-03-07'],
    ["'110101199003072316", '110101199003072316', 'male', '1990-03-07'],
    ['110101199003010000', '110101199003010000', 'female', '1990-03-01'], // ends in 000 and is valid
    ['110101200002290042', '110101200002290042', 'female', '2000-02-29'], // leap day of a leap year
    ['710000198001010010', '710000198001010010', 'male', '1980-01-01'], // Taiwan on an old ID
    ['810000199001010019', '810000199001010019', 'male', '1990-01-01'], // a HK permit in the ID column
  ])('%j', (raw, number, sex, birthDate) => {
    expect(readDocumentNumber(raw, 'resident-id', TODAY)).toEqual({
      number,
      check: 'ok',
      reasons: [],
      sex,
      birthDate,
    })
  })

  it.each([
    ['110105491231002', '11010519491231002X', 'female', '1949-12-31'],
    ['511826850612003', '51182619850612003X', 'male', '1985-06-12'],
    ['130503670401001', '130503196704010016', 'male', '1967-04-01'],
    [130503670401001, '130503196704010016', 'male', '1967-04-01'], // a number cell: 15 digits survive
  ])('upgrades the 15-digit %j', (raw, number, sex, birthDate) => {
    expect(readDocumentNumber(raw, 'resident-id', TODAY)).toEqual({
      number,
      check: 'ok',
      reasons: [],
      upgradedFrom15: String(raw),
      sex,
      birthDate,
    })
  })
})

describe('readDocumentNumber: resident IDs that need checking', () => {
  it.each([
    ['110101199003072317', ['checkCharacter']],
    ['11010119900307231', ['length']],
    ['1101011990030723161', ['length']],
    ['11010119900307231A', ['characters']],
    ['110101-199003072316', ['characters']],
    ['110101199002300014', ['birthDate']], // 30 February
    ['110101202102290014', ['birthDate']], // 29 February of a common year
    ['110101203001010014', ['birthDate']], // in the future
    ['11010118991231001X', ['birthDate']], // before 1900
    ['000000199001010018', ['region']],
    ['990101199001010019', ['region']],
    ['990101199001010010', ['region', 'checkCharacter']],
    ['110101199013072316', ['birthDate', 'checkCharacter']],
    ['110105491231', ['length']],
    ['', ['empty']],
    ['   ', ['empty']],
    [undefined, ['empty']],
  ])('%j: %j', (raw, reasons) => {
    const reading = readDocumentNumber(raw, 'resident-id', TODAY)
    expect(reading.check).toBe('needs-checking')
    expect(reading.reasons).toEqual(reasons)
  })

  it('derives no birth date from an impossible one, but still the sex', () => {
    expect(readDocumentNumber('110101199002300014', 'resident-id', TODAY)).toEqual({
      number: '110101199002300014',
      check: 'needs-checking',
      reasons: ['birthDate'],
      sex: 'male',
    })
  })

  it.each(Array.from({ length: 17 }, (_, i) => i))('catches a wrong digit at position %i', (i) => {
    const valid = '110101199003072316'
    const wrong = valid.slice(0, i) + String((Number(valid[i]) + 3) % 10) + valid.slice(i + 1)
    expect(readDocumentNumber(wrong, 'resident-id', TODAY).reasons).toContain('checkCharacter')
  })

  it('uses the clock when no date is given', () => {
    expect(readDocumentNumber('110101199003072316', 'resident-id').check).toBe('ok')
  })
})

describe('readDocumentNumber: numbers Excel damaged', () => {
  it.each([
    ['1.10101E+17', '1.10101E+17', 'excelScientific'],
    ['1.10101e17', '1.10101E17', 'excelScientific'],
    [' 1.10101E+17 ', '1.10101E+17', 'excelScientific'],
    ['1E+17', '1E+17', 'excelScientific'],
    ['110101199003072000', '110101199003072000', 'excelZeros'],
    ['110105194912310000', '110105194912310000', 'excelZeros'],
    [110101199003072000, '110101199003072000', 'excelNumber'],
    [1.10101e17, '110101000000000000', 'excelNumber'],
    [1e15, '1000000000000000', 'excelNumber'],
  ])('%j', (raw, number, reason) => {
    const reading = readDocumentNumber(raw, 'resident-id', TODAY)
    expect(reading).toMatchObject({ number, check: 'damaged', reasons: [reason] })
    expect(reading.sex).toBeUndefined()
  })

  it('keeps the birth date of a number whose last digits Excel zeroed (the first 15 survive)', () => {
    expect(readDocumentNumber('110101199003072000', 'resident-id', TODAY).birthDate).toBe('1990-03-07')
  })

  it('flags a number cell holding 18 digits even when the rounding left no zeros', () => {
    const reading = readDocumentNumber(Number('110101199003072316'), 'resident-id', TODAY)
    expect(reading.check).toBe('damaged')
    expect(reading.number).toMatch(/^\d{18}$/)
  })
})

describe('readDocumentNumber: other documents', () => {
  it.each([
    ['hmt-permit', '810000199001010019', 'ok', []],
    ['hmt-permit', '820000198805050021', 'ok', []],
    ['hmt-permit', '830000197007070033', 'ok', []],
    ['hmt-permit', '830000197007070034', 'needs-checking', ['checkCharacter']],
    ['hmt-permit', '110101199003072316', 'needs-checking', ['region']],
    ['hmt-permit', '81000019900101001', 'needs-checking', ['length']],
    ['hmt-permit', '1.10101E+17', 'damaged', ['excelScientific']],
    ['foreign-permanent', '911011198001010018', 'ok', []],
    ['foreign-permanent', '911011198001010026', 'ok', []],
    ['foreign-permanent', 'USA110079011204', 'ok', []],
    ['foreign-permanent', 'usa 1100 7901 1204', 'ok', []],
    ['foreign-permanent', 'US1110079011204', 'needs-checking', ['characters']],
    ['foreign-permanent', '110101199003072316', 'needs-checking', ['region']],
    ['foreign-permanent', '911011198001010019', 'needs-checking', ['checkCharacter']],
    ['foreign-permanent', 'USA1100790112', 'needs-checking', ['length']],
    ['passport', 'E12345678', 'ok', []],
    ['passport', 'e12345678', 'ok', []],
    ['passport', 'G1234', 'ok', []],
    ['passport', 'A'.repeat(20), 'ok', []],
    ['passport', 'G123', 'needs-checking', ['length']],
    ['passport', 'A'.repeat(21), 'needs-checking', ['length']],
    ['passport', 'E1234-567', 'needs-checking', ['characters']],
    ['passport', '', 'needs-checking', ['empty']],
  ] as const)('%s %j: %s', (type, raw, check, reasons) => {
    const reading = readDocumentNumber(raw, type, TODAY)
    expect(reading.check).toBe(check)
    expect(reading.reasons).toEqual(reasons)
  })

  it.each([
    ['911011198001010018', 'male', '1980-01-01'],
    ['911011198001010026', 'female', '1980-01-01'],
  ])('reads sex and birth date from the new foreigner card %s', (raw, sex, birthDate) => {
    expect(readDocumentNumber(raw, 'foreign-permanent', TODAY)).toMatchObject({ sex, birthDate })
  })

  it('normalises a passport number to capitals without spaces', () => {
    expect(readDocumentNumber(' e 1234 5678 ', 'passport', TODAY).number).toBe('E12345678')
  })

  it.each(['110101199003072316', '', 'anything', 12345])('type "none" is not checked: %j', (raw) => {
    expect(readDocumentNumber(raw, 'none', TODAY)).toEqual({ number: '', check: 'not-checked', reasons: [] })
  })
})
