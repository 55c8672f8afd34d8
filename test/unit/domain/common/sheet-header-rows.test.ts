import { describe, expect, it } from 'vitest'
import { findHeaderRows, joinHeaderCells, readHeaderLabel } from '@/domain/common/sheet-header-rows'
import { fieldOfHeader } from '@/domain/person/people-sheet-columns'

const TITLE = ['2021年返乡人员登记表', '2021年返乡人员登记表', '2021年返乡人员登记表', '2021年返乡人员登记表']

describe('joinHeaderCells', () => {
  it.each([
    ['姓名', '姓名', '姓名'],
    ['', '省', '省'],
    ['从何地返回', '省', '从何地返回/省'],
    ['备注', '', '备注'],
  ])('joins %j over %j as %j', (upper, lower, label) => {
    expect(joinHeaderCells(upper, lower)).toBe(label)
  })
})

describe('readHeaderLabel', () => {
  it('reads the whole label, then the lower part, then the upper part, and says which', () => {
    expect(readHeaderLabel('核酸检测/时间', fieldOfHeader)).toEqual({ column: 'nucleicAcidDate', part: 'whole' })
    expect(readHeaderLabel('从何地返回/省', (l) => (l === '省' ? 'p' : l === '从何地返回' ? 'o' : undefined))).toEqual({
      column: 'p',
      part: 'lower',
    })
    expect(readHeaderLabel('姓名/张三', (l) => (l === '姓名' ? 'name' : undefined))).toEqual({
      column: 'name',
      part: 'upper',
    })
    expect(readHeaderLabel('序号', fieldOfHeader)).toEqual({})
  })
})

describe('findHeaderRows', () => {
  it.each([
    [
      'a header on the first row',
      [
        ['姓名', '身份证号', '联系电话'],
        ['张三', '110', '138'],
      ],
      0,
      0,
    ],
    ['a header under a title row', [TITLE, ['姓名', '身份证号', '联系电话', '备注'], ['张三', '1', '2', '']], 1, 1],
    [
      'a two-row merged header',
      [
        TITLE,
        ['姓名', '从何地返回', '从何地返回', '从何地返回'],
        ['姓名', '省', '市', '县'],
        ['张三', '湖北省', '武汉市', '江汉区'],
      ],
      1,
      2,
    ],
    [
      'a header whose first data row holds a word that is also a header (发热 under 症状)',
      [
        ['姓名', '症状', '体温'],
        ['张三', '发热', '37.5'],
        ['李四', '', '36.5'],
      ],
      0,
      0,
    ],
  ])('finds %s', (_name, rows, first, last) => {
    const header = findHeaderRows(rows, fieldOfHeader, 2)
    expect(header).toMatchObject({ firstRowIndex: first, lastRowIndex: last })
  })

  it('gives every column its label and field', () => {
    const header = findHeaderRows(
      [
        ['姓名', '核酸检测', '核酸检测', '序号'],
        ['姓名', '时间', '结果', '序号'],
      ],
      fieldOfHeader,
    )
    expect(header?.labels).toEqual(['姓名', '核酸检测/时间', '核酸检测/结果', '序号'])
    expect(header?.columns).toEqual(['name', 'nucleicAcidDate', 'nucleicAcidResult', undefined])
  })

  it('finds nothing where no row names enough columns, or only below the rows searched', () => {
    expect(findHeaderRows([TITLE, ['姓名', '张三']], fieldOfHeader, 2)).toBeUndefined()
    expect(findHeaderRows([...Array(10).fill(['x']), ['姓名', '身份证号']], fieldOfHeader)).toBeUndefined()
    expect(findHeaderRows([], fieldOfHeader)).toBeUndefined()
  })
})
