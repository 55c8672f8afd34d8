import { describe, expect, it } from 'vitest'
import type { PeopleSheetMapping } from '@/domain/person/import-mapping'
import { suggestMapping } from '@/domain/person/people-sheet-columns'
import { layoutPeopleSheet } from '@/domain/person/people-sheet-layout'
import { applyMapping, sourceRefOf } from '@/domain/person/people-sheet-rows'
import { residentId } from '../../../fixtures/people'
import { FIXTURE_VILLAGES } from '../../../fixtures/people-import'

const TODAY = '2026-11-29'
const ID = residentId('19900307', '123')
const HEADER = [
  '姓名',
  '身份证号',
  '联系电话',
  '所属村',
  '组',
  '从何地返回',
  '返乡时间',
  '是否发热',
  '体温',
  '人员类别',
  '关联病例',
]
const CONTEXT = { fileName: 'a.xlsx', today: TODAY, villages: FIXTURE_VILLAGES }

function apply(rows: unknown[][], more: Partial<PeopleSheetMapping> = {}) {
  const all = [['2021年返乡人员'], HEADER, ...rows]
  const layout = layoutPeopleSheet('返乡', all, 'a.xlsx', TODAY)!
  const mapping = {
    columns: suggestMapping(HEADER).columns,
    polarity: 'normal' as const,
    ignored: [],
    defaultKind: 'returnee' as const,
    ...more,
  }
  return applyMapping(all, layout, mapping, CONTEXT)
}

const row = (cells: Partial<Record<(typeof HEADER)[number], unknown>>) => HEADER.map((h) => cells[h] ?? '')

describe('applyMapping', () => {
  it('reads a row into a registration: number, phones, village and grid, origin, dates, symptoms', () => {
    const result = apply([
      row({
        姓名: ' 张伟 ',
        身份证号: ID.toLowerCase(),
        联系电话: '+86 138-1234-5678/0835-1234567',
        所属村: '新华村委会',
        组: '1组',
        从何地返回: '湖北省武汉市江汉区',
        返乡时间: '1月8日',
        是否发热: '√',
        体温: '37.6℃',
      }),
    ])
    expect(result.problems).toEqual([])
    expect(result.rows).toHaveLength(1)
    const { input, rowNumber, documentCheck } = result.rows[0]
    expect(rowNumber).toBe(3)
    expect(documentCheck).toBe('ok')
    expect(input.person).toMatchObject({
      name: '张伟',
      documentType: 'resident-id',
      documentNumber: ID,
      sex: 'male',
      birthDate: '1990-03-07',
      phones: ['13812345678', '0835-1234567'],
      villageId: 'vil_xh',
      gridId: 'grd_xh1',
    })
    expect(input.episode).toMatchObject({
      kind: 'returnee',
      origin: { province: '湖北省', city: '武汉市', county: '江汉区' },
      arrivalDate: '2021-01-08',
      symptoms: ['发热（37.6℃）'],
      source: 'import',
      sourceRef: sourceRefOf('a.xlsx', '返乡', 3),
    })
    expect(result.notes).toEqual([
      {
        field: 'arrivalDate',
        code: 'peopleImport.note.assumedYear',
        params: { value: '1月8日', year: 2021 },
        sheet: '返乡',
        rowNumber: 3,
      },
    ])
  })

  it.each([
    ['a blank row', row({}), 'blank'],
    ['a row with only a 序号-like unmapped cell', [...row({}), '12'], 'blank'],
    ['a subtotal row', row({ 姓名: '合 计', 体温: '12人' }), 'subtotal'],
    ['a total in another cell', row({ 组: '总计：30人' }), 'subtotal'],
    ['a signature line merged across', HEADER.map(() => '填表人：王五  审核人：赵六'), 'footer'],
  ])('skips %s', (_name, cells, reason) => {
    const result = apply([cells])
    expect(result.rows).toEqual([])
    expect(result.problems).toEqual([])
    expect(result.skipped).toMatchObject({ [reason]: 1 })
  })

  it.each([
    ['no name', { 身份证号: ID }, 'person.name.required', 'name'],
    [
      'a date that is no day',
      { 姓名: '张伟', 身份证号: ID, 返乡时间: '2021-02-30' },
      'peopleImport.date.invalidDate',
      'arrivalDate',
    ],
    ['text for a date', { 姓名: '张伟', 身份证号: ID, 返乡时间: '春节前' }, 'peopleImport.date.format', 'arrivalDate'],
    [
      'a date after today',
      { 姓名: '张伟', 身份证号: ID, 返乡时间: '2027-01-01' },
      'episode.date.future',
      'arrivalDate',
    ],
    [
      'a close contact without the case',
      { 姓名: '张伟', 身份证号: ID, 返乡时间: '2021-01-08', 人员类别: '密接' },
      'episode.indexCase.required',
      'indexCase',
    ],
  ])('leaves out a row with %s, reporting the error and the row’s cells', (_name, cells, code, field) => {
    const result = apply([row(cells)])
    expect(result.rows).toEqual([])
    expect(result.problems).toContainEqual(
      expect.objectContaining({ code, field, severity: 'error', sheet: '返乡', rowNumber: 3 }),
    )
    expect(result.problems.filter((p) => p.field === field)).toHaveLength(1)
    expect(result.problemRows).toEqual([{ sheet: '返乡', rowNumber: 3, cells: row(cells).map(String) }])
  })

  it.each([
    ['a number damaged by Excel', { 身份证号: '1.10101E+17' }, 'person.document.excelScientific'],
    ['a village not in the township', { 所属村: '飞仙关村' }, 'peopleImport.village.unknown'],
    ['a grid not in the village', { 所属村: '新华村', 组: '九组' }, 'peopleImport.grid.unknown'],
    ['a fever cell that says nothing', { 是否发热: '待查' }, 'peopleImport.value.fever'],
    ['an implausible temperature', { 体温: '365' }, 'peopleImport.value.temperature'],
    ['a category nobody knows', { 人员类别: '游客' }, 'peopleImport.value.kind'],
    ['no arrival date', { 返乡时间: '' }, 'episode.arrivalDate.missing'],
  ])('keeps a row with %s, with a warning', (_name, cells, code) => {
    const result = apply([row({ 姓名: '张伟', 身份证号: ID, 从何地返回: '湖北省', 返乡时间: '2021-01-08', ...cells })])
    expect(result.rows).toHaveLength(1)
    expect(result.rows[0].hasWarnings).toBe(true)
    expect(result.problems.map((p) => [p.code, p.severity])).toContainEqual([code, 'warning'])
  })

  it('reads 1/0 with the source’s polarity, and notes an upgraded 15-digit number', () => {
    const old = '511826900307123'
    const cells = row({ 姓名: '张伟', 身份证号: old, 从何地返回: '湖北', 返乡时间: '2021-01-08', 是否发热: '0' })
    const normal = apply([cells])
    const inverted = apply([cells], { polarity: 'zero-means-yes' })
    expect(normal.rows[0].input.episode.symptoms).toEqual([])
    expect(inverted.rows[0].input.episode.symptoms).toEqual(['发热'])
    expect(normal.rows[0].input.person.documentNumber).toHaveLength(18)
    expect(normal.notes).toContainEqual(
      expect.objectContaining({ code: 'peopleImport.note.upgradedFrom15', params: { value: old } }),
    )
  })

  it('links a secondary contact to the close contact named in the linked-case column', () => {
    const result = apply([row({ 姓名: '张伟', 身份证号: ID, 人员类别: '次密接', 关联病例: '李四' })])
    expect(result.rows[0].input.episode).toMatchObject({ kind: 'secondary-contact', contactOf: '李四', indexCase: '' })
  })
})
