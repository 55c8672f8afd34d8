import { describe, expect, it } from 'vitest'
import { countyColumnOfHeader, findCountyListHeader, parseCountyListSheet } from '@/domain/county-list/list-sheet'
import { checkCharacter } from '@/domain/person/id-number'

const TODAY = '2022-11-20'
const id = (first17: string) => first17 + checkCharacter(first17)
const ZHANG = id('51182619900307123')
const HEADER = ['序号', '姓名', '性别', '身份证号码', '手机号码', '现居住地', '推送原因', '抵达时间', '所属村（社区）']

describe('countyColumnOfHeader', () => {
  it.each([
    ['姓名', 'name'],
    [' 姓 名 ', 'name'],
    ['旅客姓名', 'name'],
    ['身份证号码', 'documentNumber'],
    ['身份证号码（18位）', 'documentNumber'],
    ['证件号码', 'documentNumber'],
    ['公民身份号码', 'documentNumber'],
    ['身份证号/证件号码', 'documentNumber'],
    ['手机号码', 'phone'],
    ['联系电话', 'phone'],
    ['手机号(必填)', 'phone'],
    ['所属村（社区）', 'village'],
    ['村(社区)', 'village'],
    ['所在村', 'village'],
    ['现居住地', 'address'],
    ['现住址', 'address'],
    ['序号', undefined],
    ['推送原因', undefined],
    ['户籍地址', undefined],
    ['芦山县协查函〔2022〕15号 推送人员名单', undefined],
    ['', undefined],
    [null, undefined],
  ])('%j → %s', (cell, column) => {
    expect(countyColumnOfHeader(cell)).toBe(column)
  })
})

describe('findCountyListHeader', () => {
  it('passes over title rows and takes the row naming the most columns', () => {
    const rows = [['协查函'], ['填报单位：芦阳镇'], HEADER, ['1', '张三']]
    expect(findCountyListHeader(rows)).toMatchObject({
      index: 2,
      lastIndex: 2,
      columns: { name: 1, documentNumber: 3, phone: 4, address: 5, village: 8 },
    })
  })

  it('reads a merged two-row header: the group cell above, the columns below', () => {
    const rows = [
      ['大数据比对协查名单'],
      ['序号', '姓名', '身份证号码', '联系方式', '联系方式', '居住信息', '居住信息'],
      ['序号', '姓名', '身份证号码', '手机号码', '固定电话', '所属村', '现住址'],
      ['1', '张三', '511826199003071234', '13812345678', '', '大石村', '一组'],
    ]
    const header = findCountyListHeader(rows)
    expect(header).toMatchObject({
      index: 1,
      lastIndex: 2,
      columns: { name: 1, documentNumber: 2, phone: 3, village: 5, address: 6 },
    })
    expect(header.labels).toEqual([
      '序号',
      '姓名',
      '身份证号码',
      '联系方式/手机号码',
      '联系方式/固定电话',
      '居住信息/所属村',
      '居住信息/现住址',
    ])
    const sheet = parseCountyListSheet(rows, '2022-12-01')
    expect(sheet.headers[3]).toBe('联系方式/手机号码')
    expect(sheet.rows).toHaveLength(1)
    expect(sheet.rows[0]).toMatchObject({ rowNumber: 4, name: '张三', phone: '13812345678', villageText: '大石村' })
  })

  it('needs a name or document column, and looks only at the first 10 rows', () => {
    expect(findCountyListHeader([['序号', '联系电话', '现住址']]).index).toBe(-1)
    expect(findCountyListHeader([...Array.from({ length: 10 }, () => ['说明']), HEADER]).index).toBe(-1)
  })

  it('keeps the first column of a meaning (本人手机 before a relative’s 联系电话)', () => {
    expect(findCountyListHeader([['姓名', '手机号', '联系电话']]).columns).toEqual({ name: 0, phone: 1 })
  })
})

describe('parseCountyListSheet', () => {
  const rows = [
    ['芦山县协查函〔2022〕15号', '芦山县协查函〔2022〕15号'],
    HEADER,
    [
      '1',
      ' 张伟华 ',
      '男',
      ` ${ZHANG.slice(0, 6)} ${ZHANG.slice(6)} `,
      '+86 138-1234-5678',
      '芦阳镇新华村',
      '来返',
      '2022-11-18 14:30',
      '新华村',
    ],
    ['', '', '', '', '', '', '', '', ''],
    ['2', '李娜', '女', '510103199506122448'.slice(0, 17) + 'x', '0835-1234567 / 13900002222', '', '', '', ''],
    ['3', '赵敏', '女', '511826750815202', '', '', '', '', '', '备注：外地'],
    ['合计', '', '3人'],
    ['', '', '', '', '', '', '填表人：王芳'],
  ]
  const sheet = parseCountyListSheet(rows, TODAY)

  it('keeps the county’s title and every header in order, as wide as the widest row', () => {
    expect(sheet.fatal).toBeUndefined()
    expect(sheet.title).toBe('芦山县协查函〔2022〕15号')
    expect(sheet.headerRowIndex).toBe(1)
    expect(sheet.headers).toEqual([...HEADER, ''])
    expect(sheet.columns).toEqual({ name: 1, documentNumber: 3, phone: 4, address: 5, village: 8 })
  })

  it('reads each person row: cells as text, number normalised, the first mobile as the phone', () => {
    expect(sheet.rows.map((r) => r.rowNumber)).toEqual([3, 5, 6])
    expect(sheet.rows[0]).toMatchObject({
      name: '张伟华',
      documentNumber: ZHANG,
      documentCheck: 'ok',
      phone: '13812345678',
      villageText: '新华村',
      address: '芦阳镇新华村',
    })
    expect(sheet.rows[0].cells).toHaveLength(10)
    expect(sheet.rows[0].cells[1]).toBe('张伟华')
    expect(sheet.rows[1]).toMatchObject({ documentNumber: expect.stringMatching(/X$/), phone: '13900002222' })
    expect(sheet.rows[2].documentNumber).toBe(id('51182619750815202'))
    expect(sheet.rows[2].cells[9]).toBe('备注：外地')
  })

  it('skips blank rows, totals, and rows with no name, number or phone', () => {
    expect(sheet.skipped).toEqual([
      { rowNumber: 4, reason: 'blank' },
      { rowNumber: 7, reason: 'total' },
      { rowNumber: 8, reason: 'noPerson' },
    ])
  })

  it('reads a sheet with holes for blank rows (as SheetJS gives them)', () => {
    const sparse: unknown[][] = [['姓名', '电话']]
    sparse[2] = ['张三', '13800000000']
    expect(parseCountyListSheet(sparse, TODAY)).toMatchObject({
      headers: ['姓名', '电话'],
      rows: [{ rowNumber: 3, name: '张三' }],
      skipped: [{ rowNumber: 2, reason: 'blank' }],
    })
  })

  it('flags numbers Excel damaged, and leaves a row without a number unchecked', () => {
    const read = parseCountyListSheet(
      [
        ['姓名', '身份证号'],
        ['刘洋', '511826199201011000'],
        ['王五', '5.11826E+17'],
        ['陈六', ''],
      ],
      TODAY,
    )
    expect(read.rows.map((r) => r.documentCheck)).toEqual(['damaged', 'damaged', 'not-checked'])
  })

  it.each([
    [[], 'empty'],
    [[['', ''], []], 'empty'],
    [[['县里的通知'], ['请各乡镇核查']], 'noHeader'],
  ])('refuses %j as %s', (input, fatal) => {
    expect(parseCountyListSheet(input as unknown[][], TODAY).fatal).toBe(fatal)
  })
})
