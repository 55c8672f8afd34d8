import { describe, expect, it } from 'vitest'
import {
  excelSerialToDate,
  formatDate,
  isLocalDate,
  isRealDate,
  localToday,
  readDate,
  yearFromTitle,
} from '@/domain/person/dates'

const CONTEXT = { defaultYear: 2021, today: '2021-06-15' }

describe('excelSerialToDate (1900 date system)', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [3654, '1910-01-01'],
    [43831, '2020-01-01'],
    [44204, '2021-01-08'],
    [44204.75, '2021-01-08'],
    [44255, '2021-02-28'],
    [45000, '2023-03-15'],
  ])('%d → %s', (serial, date) => {
    expect(excelSerialToDate(serial)).toBe(date)
  })

  it("has no day for serial 60, Lotus's 1900-02-29", () => {
    expect(excelSerialToDate(60)).toBeUndefined()
  })
})

describe('isRealDate, isLocalDate, formatDate, localToday', () => {
  it.each([
    [2020, 2, 29, true],
    [2021, 2, 29, false],
    [2000, 2, 29, true],
    [1900, 2, 29, false],
    [2100, 2, 29, false],
    [2021, 4, 31, false],
    [2021, 12, 31, true],
    [2021, 13, 1, false],
    [2021, 0, 1, false],
    [2021, 1, 0, false],
    [2021, 1.5, 1, false],
  ])('%d-%d-%d real: %s', (y, m, d, real) => {
    expect(isRealDate(y, m, d)).toBe(real)
  })

  it.each([
    ['2020-02-29', true],
    ['2021-02-29', false],
    ['2021-1-8', false],
    ['2021/01/08', false],
    ['', false],
  ])('isLocalDate(%j) = %s', (text, ok) => {
    expect(isLocalDate(text)).toBe(ok)
  })

  it('formats with zero padding and reads the local calendar day', () => {
    expect(formatDate(2021, 1, 8)).toBe('2021-01-08')
    expect(localToday(new Date(2021, 0, 8, 23, 59))).toBe('2021-01-08')
    expect(localToday()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})

describe('readDate', () => {
  it.each<[unknown, string]>([
    [44204, '2021-01-08'],
    [44204.6, '2021-01-08'],
    ['44204', '2021-01-08'],
    [new Date(2021, 0, 8), '2021-01-08'],
    [new Date(2021, 0, 8, 14, 30), '2021-01-08'],
    ['2021-01-08', '2021-01-08'],
    ['2021-1-8', '2021-01-08'],
    ['2021/1/8', '2021-01-08'],
    ['2021/01/08', '2021-01-08'],
    ['2021.1.8', '2021-01-08'],
    ['2021.01.08', '2021-01-08'],
    ['20210108', '2021-01-08'],
    [20210108, '2021-01-08'],
    ['2021年1月8日', '2021-01-08'],
    ['2021年01月08日', '2021-01-08'],
    ['2021 年 1 月 8 日', '2021-01-08'],
    ['2021年1月8号', '2021-01-08'],
    ['2021/1/8 14:30', '2021-01-08'],
    ['2021-01-08 14:30:00', '2021-01-08'],
    ['2021-01-08T14:30:00.000Z', '2021-01-08'],
    ['2021年1月8日14时30分', '2021-01-08'],
    ['2021年1月8日 下午', '2021-01-08'],
    [' 2021-1-8 ', '2021-01-08'],
    ['２０２１－０１－０８', '2021-01-08'],
    ['２０２１年１月８日', '2021-01-08'],
    ['2020-02-29', '2020-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['1900-01-01', '1900-01-01'],
    ['2022-12-31', '2022-12-31'], // next year is still plausible (a planned date)
  ])('%j → %s', (raw, date) => {
    expect(readDate(raw, CONTEXT)).toEqual({ ok: true, date })
  })

  it.each<[unknown, string]>([
    ['1月8日', '2021-01-08'],
    ['1月8号', '2021-01-08'],
    ['01月08日', '2021-01-08'],
    ['1.8', '2021-01-08'],
    ['1-8', '2021-01-08'],
    ['1/8', '2021-01-08'],
    ['12月31日', '2021-12-31'],
    ['1.10', '2021-01-10'], // as text the trailing zero is still there
    ['1月8日 14:30', '2021-01-08'],
    ['１月８日', '2021-01-08'],
    [1.8, '2021-01-08'], // "1.8" typed into Excel became a number
    [1.15, '2021-01-15'],
    [1.05, '2021-01-05'],
    [12.31, '2021-12-31'],
  ])('%j takes the year from the context: %s', (raw, date) => {
    expect(readDate(raw, CONTEXT)).toEqual({ ok: true, date, assumedYear: true })
  })

  it('reads 2月29日 in a leap year, refuses it in a common one', () => {
    expect(readDate('2月29日', { ...CONTEXT, defaultYear: 2020 })).toEqual({
      ok: true,
      date: '2020-02-29',
      assumedYear: true,
    })
    expect(readDate('2月29日', CONTEXT)).toEqual({ ok: false, reason: 'invalidDate', raw: '2月29日' })
  })

  it.each<[unknown, string]>([
    ['', 'empty'],
    ['   ', 'empty'],
    [null, 'empty'],
    [undefined, 'empty'],
    ['abc', 'format'],
    ['明天', 'format'],
    ['2021-1', 'format'],
    ['2021年1月', 'format'],
    [-5, 'format'],
    [Number.NaN, 'format'],
    [1.123, 'format'],
    ['2021-02-29', 'invalidDate'],
    ['2021-13-01', 'invalidDate'],
    ['2021-00-10', 'invalidDate'],
    ['2021-04-31', 'invalidDate'],
    ['1900-02-29', 'invalidDate'],
    ['13月1日', 'invalidDate'],
    [new Date('not a date'), 'invalidDate'],
    ['1899-12-31', 'outOfRange'],
    ['2023-01-01', 'outOfRange'],
    ['20990101', 'outOfRange'],
    [60, 'outOfRange'], // far below any plausible serial (and Excel's phantom 1900-02-29)
    [2021, 'outOfRange'], // a year typed alone is no serial anyone means
    ['100', 'outOfRange'],
    [0, 'outOfRange'],
    [1.1, 'ambiguous'], // 1.1 or 1.10?
    [1.2, 'ambiguous'],
    [1.3, 'ambiguous'],
  ])('%j is refused: %s', (raw, reason) => {
    expect(readDate(raw, CONTEXT)).toMatchObject({ ok: false, reason })
  })

  it('keeps the text refused, for the problem report', () => {
    expect(readDate(' 2021-02-30 ', CONTEXT)).toEqual({ ok: false, reason: 'invalidDate', raw: ' 2021-02-30 ' })
  })
})

describe('yearFromTitle', () => {
  it.each([
    ['2021年返乡人员登记表', 2021],
    ['某某镇2022年春节返乡人员排查台账', 2022],
    ['返乡人员登记表（2022.1.8）', 2022],
    ['２０２１年外来人员登记', 2021],
    ['第3批 2020年12月 入境人员', 2020],
    ['2019-2020学年 学生返乡', 2019],
    ['1999年', 1999],
    ['登记表', undefined],
    ['编号12021', undefined],
    ['1850年', undefined],
    ['', undefined],
  ])('%j → %s', (title, year) => {
    expect(yearFromTitle(title)).toBe(year)
  })
})
