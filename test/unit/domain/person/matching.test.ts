import { describe, expect, it } from 'vitest'
import { checkCharacter } from '@/domain/person/id-number'
import {
  addToDuplicateIndex,
  buildDuplicateIndex,
  documentKey,
  duplicateReasons,
  findLikelyDuplicates,
  likelyDuplicates,
  nameKey,
  type DuplicateReason,
  type MatchablePerson,
} from '@/domain/person/matching'

const BASE: MatchablePerson = {
  id: 'per_base',
  name: '张三',
  documentType: 'resident-id',
  documentNumber: '110101199003072316',
  phones: ['13812345678'],
  birthDate: '1990-03-07',
}

/** A different person on every count, changed by `patch`. */
function other(patch: Partial<MatchablePerson>): MatchablePerson {
  return {
    id: 'per_other',
    name: '李四',
    documentType: 'resident-id',
    documentNumber: '11010519491231002X',
    phones: ['13987654321'],
    birthDate: '1949-12-31',
    ...patch,
  }
}

describe('nameKey', () => {
  it.each([
    ['张三', '张三'],
    [' 张 三 ', '张三'],
    ['张\u3000三', '张三'],
    ['阿依古丽·买买提', '阿依古丽·买买提'],
    ['阿依古丽・买买提', '阿依古丽·买买提'],
    ['阿依古丽•买买提', '阿依古丽·买买提'],
    ['阿依古丽.买买提', '阿依古丽·买买提'],
    ['阿依古丽．买买提', '阿依古丽·买买提'],
    ['John Smith', 'JOHNSMITH'],
    ['ＪＯＨＮ', 'JOHN'],
    ['', ''],
  ])('%j → %j', (name, key) => {
    expect(nameKey(name)).toBe(key)
  })
})

describe('documentKey', () => {
  it.each([
    ['resident-id', '110101199003072316', 'id:110101199003072316'],
    ['resident-id', '11010519491231002x', 'id:11010519491231002X'],
    ['resident-id', ' 1101 0119 9003 0723 16', 'id:110101199003072316'],
    ['hmt-permit', '810000199001010019', 'id:810000199001010019'],
    ['resident-id', '810000199001010019', 'id:810000199001010019'], // the same permit, typed as an ID
    ['foreign-permanent', '911011198001010018', 'id:911011198001010018'],
    ['resident-id', '110105491231002', 'id:11010519491231002X'], // an old 15-digit ID, as its 18-digit form
    ['hmt-permit', '110105491231002', 'id:110105491231002'],
    ['passport', 'e12345678', 'passport:E12345678'],
    ['passport', '', ''],
    ['none', '110101199003072316', ''],
    ['resident-id', '', ''],
  ] as const)('%s %j → %j', (type, number, key) => {
    expect(documentKey(type, number)).toBe(key)
  })
})

describe('duplicateReasons', () => {
  it.each<[string, Partial<MatchablePerson>, string[]]>([
    ['nothing in common', {}, []],
    ['the same number', { documentNumber: '110101199003072316' }, ['sameDocument']],
    ['the same number, lower-case', { documentNumber: '11010519491231002x' }, []],
    ['same name and phone', { name: '张三', phones: ['13812345678'] }, ['namePhone']],
    ['same name and one of several phones', { name: '张 三', phones: ['0835-1234567', '13812345678'] }, ['namePhone']],
    ['same name and birth date', { name: '张三', birthDate: '1990-03-07' }, ['nameBirthDate']],
    ['same phone, another name', { phones: ['13812345678'] }, []],
    ['same birth date, another name', { birthDate: '1990-03-07' }, []],
    ['same name only', { name: '张三' }, []],
    ['same name, both phones empty', { name: '张三', phones: [''] }, []],
    ['one digit off', { documentNumber: '110101199003072315' }, ['documentOneOff']],
    ['one digit off in the region', { documentNumber: '110102199003072316' }, ['documentOneOff']],
    ['x for 6 in the check position', { documentNumber: '11010119900307231X' }, ['documentOneOff']],
    ['two neighbours swapped', { documentNumber: '110101199030072316' }, ['documentSwapped']],
    ['the last two swapped', { documentNumber: '110101199003072361' }, ['documentSwapped']],
    ['two digits off, apart', { documentNumber: '110101199003072415' }, []],
    ['two neighbours changed, not swapped', { documentNumber: '110101199003072426' }, []],
    ['a passport one off is another person', { documentType: 'passport', documentNumber: 'E12345679' }, []],
    [
      'every reason at once',
      { name: '张三', phones: ['13812345678'], birthDate: '1990-03-07', documentNumber: '110101199003072316' },
      ['sameDocument', 'namePhone', 'nameBirthDate'],
    ],
    [
      'a permit number registered under another type',
      { documentType: 'hmt-permit', documentNumber: '110101199003072316' },
      ['sameDocument'],
    ],
    ['no number at all', { documentType: 'none', documentNumber: '' }, []],
  ])('%s', (_, patch, reasons) => {
    const b = other(patch)
    expect(duplicateReasons(BASE, b)).toEqual(reasons)
    expect(likelyDuplicates(BASE, [b])).toEqual(reasons.length > 0 ? [{ id: 'per_other', reasons }] : [])
  })

  it('passport holders match on the same passport number', () => {
    const passport = { ...BASE, documentType: 'passport' as const, documentNumber: 'E12345678' }
    expect(duplicateReasons(passport, other({ documentType: 'passport', documentNumber: 'e12345678' }))).toEqual([
      'sameDocument',
    ])
  })

  it('likelyDuplicates skips the candidate itself', () => {
    expect(likelyDuplicates(BASE, [BASE, other({ name: '张三', birthDate: '1990-03-07' })])).toEqual([
      { id: 'per_other', reasons: ['nameBirthDate'] },
    ])
  })
})

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂'
const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** 100k distinct people with valid resident IDs (deterministic: person i has birth day i mod 20000). */
function generatePeople(count: number): MatchablePerson[] {
  const start = Date.UTC(1950, 0, 1)
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(start + (i % 20_000) * 86_400_000)
    const date = `${day.getUTCFullYear()}${pad(day.getUTCMonth() + 1)}${pad(day.getUTCDate())}`
    const first17 = `5118${pad(20 + (i % 30))}${date}${pad(Math.floor(i / 20_000) * 100 + (i % 97), 3)}`
    const name = SURNAMES[i % 20] + GIVEN[Math.floor(i / 20) % 25] + GIVEN[Math.floor(i / 500) % 25]
    return {
      id: `per_${i}`,
      name,
      documentType: 'resident-id',
      documentNumber: first17 + checkCharacter(first17),
      phones: [`139${pad(i, 8)}`],
      birthDate: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`,
    }
  })
}

function withDigit(number: string, position: number): string {
  const digit = String((Number(number[position]) + 1) % 10)
  return number.slice(0, position) + digit + number.slice(position + 1)
}

function swapped(number: string, position: number): string {
  return number.slice(0, position) + number[position + 1] + number[position] + number.slice(position + 2)
}

describe('buildDuplicateIndex + findLikelyDuplicates', () => {
  const small = generatePeople(3_000)
  const index = buildDuplicateIndex(small)

  it('gives the same answer as the plain scan', () => {
    const candidates = [
      BASE,
      { ...small[5], id: 'new' },
      { ...small[6], id: 'new', documentNumber: withDigit(small[6].documentNumber, 9) },
      { ...small[7], id: 'new', documentNumber: swapped(small[7].documentNumber, 12), phones: [] },
      { ...small[8], id: 'new', documentType: 'none' as const, documentNumber: '' },
      { ...small[9], id: 'new', name: '某某', documentNumber: '' },
      ...small.slice(100, 130),
    ]
    for (const candidate of candidates)
      expect(findLikelyDuplicates(index, candidate)).toEqual(likelyDuplicates(candidate, small))
  })

  it('files people added after the build', () => {
    const grown = buildDuplicateIndex(small.slice(0, 10))
    const late = { ...BASE, id: 'per_late' }
    addToDuplicateIndex(grown, late)
    expect(findLikelyDuplicates(grown, { ...BASE, id: 'new', documentNumber: '110101199003072315' })).toEqual([
      { id: 'per_late', reasons: ['namePhone', 'nameBirthDate', 'documentOneOff'] },
    ])
    expect(findLikelyDuplicates(grown, { ...late, id: 'x', documentNumber: '110101199030072316' })).toEqual([
      { id: 'per_late', reasons: ['namePhone', 'nameBirthDate', 'documentSwapped'] },
    ])
  })

  it('finds nothing for an empty index or an empty candidate', () => {
    expect(findLikelyDuplicates(buildDuplicateIndex([]), BASE)).toEqual([])
    const blank = { id: 'x', name: '', documentType: 'none' as const, documentNumber: '', phones: [], birthDate: '' }
    expect(findLikelyDuplicates(index, blank)).toEqual([])
  })

  it('handles 1,000 lookups over 100,000 people, finding every planted duplicate', () => {
    const people = generatePeople(100_000)
    const big = buildDuplicateIndex(people)
    for (let k = 0; k < 1_000; k++) {
      const source = people[(k * 7_919) % people.length]
      const number = source.documentNumber
      const variants: [MatchablePerson, DuplicateReason][] = [
        [{ ...source, id: 'new', documentNumber: withDigit(number, 6 + (k % 11)), phones: [] }, 'documentOneOff'],
        [{ ...source, id: 'new', documentNumber: swapped(number, k % 17), phones: [] }, 'documentSwapped'],
        [{ ...source, id: 'new', documentNumber: '', birthDate: '' }, 'namePhone'],
        [{ ...source, id: 'new', documentNumber: '', phones: [] }, 'nameBirthDate'],
        [{ ...source, id: 'new' }, 'sameDocument'],
      ]
      const [candidate, reason] = variants[k % 5]
      const found = findLikelyDuplicates(big, candidate)
      // A swap of two equal digits leaves the number as it was: then it is simply the same number.
      const expected = candidate.documentNumber === number && reason === 'documentSwapped' ? 'sameDocument' : reason
      expect(found.find((match) => match.id === source.id)?.reasons, `lookup ${k}`).toContain(expected)
      expect(found.every((match) => match.reasons.length > 0)).toBe(true)
    }
    // A fresh valid number is never one off a valid number: the check character sees to that.
    const fresh = { ...BASE, id: 'new', name: '新人', phones: ['13700000000'], birthDate: '' }
    expect(findLikelyDuplicates(big, fresh)).toEqual([])
  })
})
