import { describe, expect, it } from 'vitest'
import { columnOfHeader, findSheetHeader, normalizeHeader } from '@/domain/township/sheet-header'

describe('columnOfHeader', () => {
  it.each([
    ['统计用区划代码', 'code'],
    ['区划代码', 'code'],
    ['代码', 'code'],
    ['编码', 'code'],
    ['Code', 'code'],
    [' 代 码 ', 'code'],
    ['统计用区划代码（12位）', 'code'],
    ['名称', 'name'],
    ['村名', 'name'],
    ['村（社区）名称', 'name'],
    ['村(社区)名称', 'name'],
    ['村/社区名称', 'name'],
    ['单位名称', 'name'],
    ['*名称', 'name'],
    ['名称：', 'name'],
    ['NAME', 'name'],
    ['城乡分类代码', 'urbanRuralClass'],
    ['城乡分类', 'urbanRuralClass'],
    ['分类代码', 'urbanRuralClass'],
    ['人口', 'population'],
    ['户籍人口', 'population'],
    ['常住人口', 'population'],
    ['人口（人）', 'population'],
    ['户数', 'households'],
    ['总户数', 'households'],
    ['户数(户)', 'households'],
  ])('reads %j as %s', (label, column) => {
    expect(columnOfHeader(label)).toBe(column)
  })

  it.each(['', null, undefined, '芦阳镇统计用区划代码和城乡划分代码', '序号', '备注', '()', 511826100201])(
    'does not read %j as a column',
    (label) => {
      expect(columnOfHeader(label)).toBeUndefined()
    },
  )

  it('normalizes full-width letters, spaces and stars', () => {
    expect(normalizeHeader(' ＣＯＤＥ * ')).toBe('code')
  })
})

describe('findSheetHeader', () => {
  it('finds a header on the first row', () => {
    expect(
      findSheetHeader([
        ['统计用区划代码', '城乡分类代码', '名称'],
        ['511826100201', '220', '新华村'],
      ]),
    ).toEqual({
      firstRowIndex: 0,
      lastRowIndex: 0,
      columns: { code: 0, urbanRuralClass: 1, name: 2 },
    })
  })

  it('passes over title rows, even a title filled across a merged row', () => {
    const title = '芦阳镇统计用区划代码'
    const header = findSheetHeader([
      [title, title, title],
      [],
      ['序号', '代码', '村名'],
      ['1', '511826100201', '新华村'],
    ])
    expect(header).toEqual({ firstRowIndex: 2, lastRowIndex: 2, columns: { code: 1, name: 2 } })
  })

  it('joins a two-row header whose group cell spans sub-headers (merged cells left empty)', () => {
    const rows = [
      ['代码', '名称', '人口情况', ''],
      ['', '', '户数', '人口'],
      ['511826100201', '新华村', '410', '1234'],
    ]
    expect(findSheetHeader(rows)).toEqual({
      firstRowIndex: 0,
      lastRowIndex: 1,
      columns: { code: 0, name: 1, households: 2, population: 3 },
    })
  })

  it('joins a two-row header whose merged cells were filled in both rows', () => {
    const rows = [
      ['代码', '名称', '人口情况', '人口情况'],
      ['代码', '名称', '户数', '人口'],
    ]
    expect(findSheetHeader(rows)).toMatchObject({
      lastRowIndex: 1,
      columns: { code: 0, name: 1, households: 2, population: 3 },
    })
  })

  it('takes the second row when the first holds only group names', () => {
    const rows = [
      ['基本情况', '基本情况', '基本情况'],
      ['代码', '名称', '户数'],
    ]
    expect(findSheetHeader(rows)).toEqual({
      firstRowIndex: 1,
      lastRowIndex: 1,
      columns: { code: 0, name: 1, households: 2 },
    })
  })

  it('keeps the first column of a meaning', () => {
    expect(findSheetHeader([['名称', '常住人口', '户籍人口', '代码']])?.columns).toEqual({
      name: 0,
      population: 1,
      code: 3,
    })
  })

  it('looks no further than the tenth row', () => {
    const rows: unknown[][] = Array.from({ length: 10 }, () => ['说明'])
    expect(findSheetHeader([...rows, ['代码', '名称']])).toBeUndefined()
    expect(findSheetHeader([...rows.slice(1), ['代码', '名称']])).toMatchObject({ firstRowIndex: 9 })
  })

  it('finds nothing in a sheet without a header', () => {
    expect(findSheetHeader([['511826100201', '新华村']])).toBeUndefined()
    expect(findSheetHeader([])).toBeUndefined()
  })
})
