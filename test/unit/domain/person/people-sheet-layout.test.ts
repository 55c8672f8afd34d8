import { describe, expect, it } from 'vitest'
import { layoutPeopleSheet } from '@/domain/person/people-sheet-layout'

const TODAY = '2026-11-29'
const HEADER = ['姓名', '身份证号', '返乡时间']

describe('layoutPeopleSheet', () => {
  it('finds the header under the title and takes the year of dates without one from the title', () => {
    const rows = [['芦阳镇2021年返乡人员登记表'], HEADER, ['张三', '1', '1月8日'], ['李四', '', '']]
    expect(layoutPeopleSheet('Sheet1', rows, 'a.xlsx', TODAY)).toMatchObject({
      sheet: 'Sheet1',
      firstDataIndex: 2,
      headerRowNumber: 2,
      labels: HEADER,
      keys: ['姓名', '身份证号', '返乡时间'],
      defaultYear: 2021,
      yearSource: 'title',
      dataRows: 2,
      samples: { 姓名: ['张三', '李四'], 身份证号: ['1'], 返乡时间: ['1月8日'] },
    })
  })

  it.each([
    ['the sheet name', '2022年1月', 'a.xlsx', 2022, 'sheetName'],
    ['the file name', 'Sheet1', '返乡人员（2020年）.xlsx', 2020, 'fileName'],
    ['the import date', 'Sheet1', 'a.xlsx', 2026, 'importDate'],
  ])('falls back to %s for the year', (_name, sheet, file, year, source) => {
    expect(layoutPeopleSheet(sheet, [HEADER, ['张三', '', '']], file, TODAY)).toMatchObject({
      defaultYear: year,
      yearSource: source,
    })
  })

  it('has no layout for a sheet without a header naming two fields', () => {
    expect(layoutPeopleSheet('填表说明', [['填表说明：'], ['1. 姓名写全名']], 'a.xlsx', TODAY)).toBeUndefined()
    expect(layoutPeopleSheet('Sheet2', [], 'a.xlsx', TODAY)).toBeUndefined()
  })
})
