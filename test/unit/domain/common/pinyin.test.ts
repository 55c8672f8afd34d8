import { describe, expect, it } from 'vitest'
import { initialsOf, matchesNameOrInitials } from '@/domain/common/pinyin'

describe('initialsOf', () => {
  it.each([
    ['青龙村', 'qlc'],
    ['张三', 'zs'],
    ['城东社区', 'cdsq'],
    ['A组 3号', 'az3h'],
    ['', ''],
  ])('%s → %s', (text, expected) => {
    expect(initialsOf(text)).toBe(expected)
  })
})

describe('matchesNameOrInitials', () => {
  it.each([
    ['青龙村', 'ql', true],
    ['青龙村', '龙', true],
    ['青龙村', 'lc', false],
    ['青龙村', '', true],
    ['青龙村', ' QL ', true],
  ])('%s with %s → %s', (text, query, expected) => {
    expect(matchesNameOrInitials(text, initialsOf(text), query)).toBe(expected)
  })
})
