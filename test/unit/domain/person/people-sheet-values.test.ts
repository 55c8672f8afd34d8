import { describe, expect, it } from 'vitest'
import {
  compactCell,
  readDocumentType,
  readHealthCode,
  readKind,
  readRisk,
  readSex,
  readSymptoms,
  readTestResult,
  readTransport,
} from '@/domain/person/people-sheet-values'

describe('compactCell', () => {
  it('makes full-width half-width, drops spaces, upper-cases', () => {
    expect(compactCell(' ｇ１２３４ ')).toBe('G1234')
    expect(compactCell(null)).toBe('')
  })
})

describe.each([
  [
    'readSex',
    readSex,
    [
      ['男', 'male'],
      [' 女 ', 'female'],
      ['M', 'male'],
      ['female', 'female'],
      ['不详', 'unknown'],
      ['', 'unknown'],
      ['-', 'unknown'],
    ],
    ['男性女', '1'],
  ],
  [
    'readDocumentType',
    readDocumentType,
    [
      ['居民身份证', 'resident-id'],
      ['身份证', 'resident-id'],
      ['港澳居民居住证', 'hmt-permit'],
      ['台胞证', 'hmt-permit'],
      ['护照', 'passport'],
      ['外国人永久居留身份证', 'foreign-permanent'],
      ['无', 'none'],
      ['', undefined],
    ],
    ['驾驶证'],
  ],
  [
    'readKind',
    readKind,
    [
      ['返乡', 'returnee'],
      ['返乡人员', 'returnee'],
      ['外来人员', 'incoming'],
      ['外来', 'incoming'],
      ['入境', 'inbound'],
      ['境外返回', 'inbound'],
      ['密接', 'close-contact'],
      ['密切接触者', 'close-contact'],
      ['次密接', 'secondary-contact'],
      ['次密切接触者', 'secondary-contact'],
      ['协查', 'county-list'],
      ['', undefined],
    ],
    ['游客'],
  ],
  [
    'readRisk',
    readRisk,
    [
      ['高风险', 'high'],
      ['中', 'medium'],
      ['低风险地区', 'low'],
      ['无', 'none'],
      ['常态化', 'none'],
      ['', 'unknown'],
    ],
    ['特别'],
  ],
  [
    'readHealthCode',
    readHealthCode,
    [
      ['绿码', 'green'],
      ['绿', 'green'],
      ['Green', 'green'],
      ['黄码', 'yellow'],
      ['红码', 'red'],
      ['', ''],
    ],
    ['蓝码'],
  ],
  [
    'readTestResult',
    readTestResult,
    [
      ['阴性', 'negative'],
      ['阴', 'negative'],
      ['-', 'negative'],
      ['+', 'positive'],
      ['阳性', 'positive'],
      ['待出结果', 'pending'],
      ['未出', 'pending'],
      ['', ''],
    ],
    ['不知道'],
  ],
] as const)('%s', (_name, read, good, bad) => {
  it.each(good as readonly (readonly [string, unknown])[])('reads %j as %j', (raw, value) => {
    expect((read as (raw: unknown) => unknown)(raw)).toEqual({ ok: true, value })
  })

  it.each(bad as readonly string[])('refuses %j, keeping the text', (raw) => {
    expect((read as (raw: unknown) => unknown)(raw)).toEqual({ ok: false, raw })
  })
})

describe('readTransport', () => {
  it.each([
    ['火车', '', 'train'],
    ['高铁', '', 'train'],
    ['飞机', '', 'flight'],
    ['自驾', '', 'car'],
    ['私家车', '', 'car'],
    ['大巴', '', 'bus'],
    ['轮船', '', 'ship'],
    ['骑摩托', '', 'other'],
    ['', 'G1234', 'train'],
    ['', 'CA1234', 'flight'],
    ['', '川A12345', 'car'],
    ['', '', ''],
  ])('reads %j (number %j) as %j', (raw, number, value) => {
    expect(readTransport(raw, number)).toBe(value)
  })
})

describe('readSymptoms', () => {
  const read = (symptoms: string, fever = '', temperature = '', polarity: 'normal' | 'zero-means-yes' = 'normal') =>
    readSymptoms({ symptoms, fever, temperature }, polarity)

  it.each([
    [['无'], { symptoms: [] }],
    [['正常'], { symptoms: [] }],
    [['有'], { symptoms: ['有症状'] }],
    [['1'], { symptoms: ['有症状'] }],
    [['0', '', '', 'zero-means-yes'], { symptoms: ['有症状'] }],
    [['干咳、乏力'], { symptoms: ['干咳', '乏力'] }],
    [['', '√', '36.5℃'], { symptoms: ['发热'] }],
    [['', '×', '37.8'], { symptoms: ['发热（37.8℃）'] }],
    [['发热', '是', '38.2℃'], { symptoms: ['发热（38.2℃）'] }],
    [['', '1', '正常', 'zero-means-yes'], { symptoms: [] }],
    [['', '0', '正常', 'zero-means-yes'], { symptoms: ['发热'] }],
    [['', '不清楚', '365'], { symptoms: [], fever: '不清楚', temperature: '365' }],
  ] as const)('reads %j as %j', (cells, result) => {
    expect(read(...(cells as unknown as [string]))).toEqual(result)
  })
})
