import { describe, expect, it } from 'vitest'
import {
  buildPersonRow,
  nameOrderOf,
  personOf,
  pinyinInitials,
  searchKeysOf,
  searchPrefixesOf,
  normalizeSearchText,
  originText,
} from '@/db/person-row'
import type { Episode, Person } from '@/domain/person/person'
import { episodeFields, personFields, residentId } from '../../fixtures/people'

const STAMPS = { createdAt: 1, createdBy: 'usr_a', updatedAt: 1, updatedBy: 'usr_a' }
const person: Person = { id: 'per_1', ...personFields(), ...STAMPS }

function episode(id: string, more: Partial<Episode> = {}): Episode {
  return { id, personId: 'per_1', ...episodeFields(), ...STAMPS, ...more }
}

describe('search keys', () => {
  it('reads pinyin initials, surnames with their surname reading', () => {
    expect(pinyinInitials('张伟华')).toBe('zwh')
    expect(pinyinInitials('曾伟')).toBe('zw')
    expect(pinyinInitials('单雄')).toBe('sx')
    expect(pinyinInitials('John Smith')).toBe('')
  })

  it('holds name, initials, the number and the phones, and each number reversed for its trailing digits', () => {
    const number = residentId('19900307', '123')
    const keys = searchKeysOf({ name: '张伟华', documentNumber: number, phones: ['13812345678', '0835-1234567'] })
    const reversed = (digits: string) => '~' + [...digits.toLowerCase()].reverse().join('')
    expect([...keys].sort()).toEqual(
      [
        '张伟华',
        'zwh',
        number.toLowerCase(),
        reversed(number),
        '13812345678',
        '~87654321831',
        '0835-1234567',
        '~76543215380',
      ].sort(),
    )
  })

  it('looks a typed number up by prefix and, from 3 digits on, by its trailing digits', () => {
    expect(searchPrefixesOf('zw')).toEqual(['zw'])
    expect(searchPrefixesOf('12')).toEqual(['12'])
    expect(searchPrefixesOf('123x')).toEqual(['123x', '~x321'])
    expect(searchPrefixesOf('5678')).toEqual(['5678', '~8765'])
  })

  it('compares typed text the same way: half-width, lower case, no spaces', () => {
    expect(normalizeSearchText(' ＺＷ h ')).toBe('zwh')
  })

  it('sorts names in pinyin order, shorter names first', () => {
    const names = ['王伟', '李娜', '李', '张三', '安然', '林阿']
    expect([...names].sort((a, b) => (nameOrderOf(a) < nameOrderOf(b) ? -1 : 1))).toEqual([
      '安然',
      '李',
      '李娜',
      '林阿',
      '王伟',
      '张三',
    ])
  })
})

describe('buildPersonRow', () => {
  it('summarises the latest episode and every kind', () => {
    const row = buildPersonRow(person, [
      episode('epi_1', { kind: 'close-contact', arrivalDate: '2021-01-02', originRisk: 'low', indexCase: 'x' }),
      episode('epi_2', { kind: 'returnee', arrivalDate: '2021-01-08', originRisk: 'high' }),
      episode('epi_3', { kind: 'county-list', arrivalDate: '', originRisk: 'unknown' }),
    ])
    expect(row).toMatchObject({ latestArrival: '2021-01-08', latestKind: 'returnee', latestRisk: 'high' })
    expect(row.episodeKinds?.sort()).toEqual(['close-contact', 'county-list', 'returnee'])
    expect(row.needsChecking).toBeUndefined()
  })

  it('writes the latest origin as one line, a repeated level once', () => {
    const origin = { province: '上海市', city: '上海市', county: '浦东新区', township: '', village: '', areaCode: '' }
    expect(originText(origin)).toBe('上海市浦东新区')
    expect(buildPersonRow(person, [episode('e')]).latestOrigin).toBe('湖北省武汉市江汉区')
  })

  it('dates an episode without arrival by the day it was registered', () => {
    const registered = new Date(2021, 0, 20, 10).getTime()
    const row = buildPersonRow(person, [
      episode('epi_1', { arrivalDate: '2021-01-08' }),
      episode('epi_2', { kind: 'close-contact', arrivalDate: '', indexCase: 'x', createdAt: registered }),
    ])
    expect(row).toMatchObject({ latestArrival: '2021-01-20', latestKind: 'close-contact' })
  })

  it('flags numbers that need checking or were damaged', () => {
    expect(buildPersonRow({ ...person, documentCheck: 'needs-checking' }, [episode('e')]).needsChecking).toBe(1)
    expect(buildPersonRow({ ...person, documentCheck: 'damaged' }, [episode('e')]).needsChecking).toBe(1)
    expect(buildPersonRow({ ...person, documentCheck: 'not-checked' }, [episode('e')]).needsChecking).toBeUndefined()
  })

  it('gives retired and merged people no list fields, so no list index holds them', () => {
    for (const unlisted of [
      { ...person, retiredAt: 5 },
      { ...person, mergedInto: 'per_2' },
    ]) {
      const row = buildPersonRow(unlisted, [episode('e')])
      expect(row).toEqual(unlisted)
      expect(personOf(buildPersonRow(person, [episode('e')]))).toEqual(person)
    }
  })
})
