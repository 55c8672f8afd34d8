import { describe, expect, it } from 'vitest'
import { isFever, readTemperature } from '@/domain/person/temperature'

describe('readTemperature', () => {
  it.each<[unknown, number]>([
    ['36.5℃', 36.5],
    ['36.5°C', 36.5],
    ['36.5°c', 36.5],
    ['36.5°', 36.5],
    ['36.5C', 36.5],
    ['36.5', 36.5],
    [' 36.5 度', 36.5],
    ['36.5摄氏度', 36.5],
    ['３６．５℃', 36.5],
    ['36.5 ℃', 36.5],
    ['37', 37],
    ['36.54', 36.5],
    ['36.56', 36.6],
    [36.5, 36.5],
    [38.25, 38.3],
    ['34', 34],
    ['42.5', 42.5],
  ])('%j → %d ℃', (raw, celsius) => {
    expect(readTemperature(raw)).toEqual({ ok: true, celsius })
  })

  it.each(['正常', ' 正常 ', '体温正常', '无异常'])('%j is normal without a figure', (raw) => {
    expect(readTemperature(raw)).toEqual({ ok: true, normal: true })
  })

  it.each<[unknown, string]>([
    ['45', 'implausible'],
    [45, 'implausible'],
    ['365', 'implausible'],
    ['3.65', 'implausible'],
    ['33.9', 'implausible'],
    ['42.6', 'implausible'],
    [0, 'implausible'],
    ['发热', 'not-a-number'],
    ['36.5℉', 'not-a-number'],
    ['36..5', 'not-a-number'],
    ['abc', 'not-a-number'],
    [Number.NaN, 'not-a-number'],
    ['', 'empty'],
    ['  ', 'empty'],
    [undefined, 'empty'],
    [null, 'empty'],
  ])('%j is refused: %s', (raw, reason) => {
    expect(readTemperature(raw)).toMatchObject({ ok: false, reason })
  })

  it('keeps the text refused, for the problem report', () => {
    expect(readTemperature(' 45℃ ')).toEqual({ ok: false, reason: 'implausible', raw: '45℃' })
  })
})

describe('isFever', () => {
  it.each([
    [37.2, false],
    [37.3, true],
    [38.5, true],
    [36.5, false],
  ])('%d ℃ → %s', (celsius, fever) => {
    expect(isFever(celsius)).toBe(fever)
  })
})
