import { describe, expect, it } from 'vitest'
import { readYesNo } from '@/domain/person/yes-no'

describe('readYesNo', () => {
  it.each<[unknown, boolean | undefined]>([
    ['有', true],
    ['无', false],
    ['是', true],
    ['否', false],
    ['对', true],
    ['错', false],
    ['√', true],
    ['×', false],
    ['✓', true],
    ['✔', true],
    ['✗', false],
    ['✘', false],
    ['Y', true],
    ['y', true],
    ['N', false],
    ['n', false],
    ['yes', true],
    ['YES', true],
    ['no', false],
    ['x', false],
    ['X', false],
    ['TRUE', true],
    ['false', false],
    [true, true],
    [false, false],
    ['没有', false],
    [' 有 ', true],
    ['Ｙ', true],
    ['1', true],
    ['0', false],
    [1, true],
    [0, false],
    ['１', true],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
    ['阳性', undefined], // a result, not a yes/no word
    ['阴性', undefined],
    ['2', undefined],
    ['可能', undefined],
    ['-', undefined],
  ])('%j → %s', (raw, value) => {
    expect(readYesNo(raw)).toBe(value)
  })

  it.each<[unknown, boolean | undefined]>([
    ['0', true],
    [0, true],
    ['1', false],
    [1, false],
    ['有', true], // words do not invert
    ['无', false],
    ['√', true],
    ['', undefined],
  ])('with zero-means-yes, %j → %s', (raw, value) => {
    expect(readYesNo(raw, 'zero-means-yes')).toBe(value)
  })
})
