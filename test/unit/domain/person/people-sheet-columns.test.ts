import { describe, expect, it } from 'vitest'
import { fieldOfHeader, headerKey, PEOPLE_SHEET_FIELDS, suggestMapping } from '@/domain/person/people-sheet-columns'

describe('fieldOfHeader', () => {
  it.each([
    ['姓名', 'name'],
    [' 姓 名 ', 'name'],
    ['*姓名：', 'name'],
    ['身份证号', 'documentNumber'],
    ['证件号码', 'documentNumber'],
    ['身份证号码', 'documentNumber'],
    ['公民身份号码', 'documentNumber'],
    ['身份证号（18位）', 'documentNumber'],
    ['证件类型', 'documentType'],
    ['性别', 'sex'],
    ['出生日期', 'birthDate'],
    ['联系电话', 'phones'],
    ['手机号', 'phones'],
    ['电话', 'phones'],
    ['联系方式', 'phones'],
    ['联系电话(本人)', 'phones'],
    ['所属村', 'village'],
    ['村（社区）', 'village'],
    ['村(社区)', 'village'],
    ['村组', 'village'],
    ['网格', 'grid'],
    ['组', 'grid'],
    ['户主', 'household'],
    ['现住址', 'address'],
    ['详细地址', 'address'],
    ['住址', 'address'],
    ['备注', 'notes'],
    ['人员类别', 'kind'],
    ['类型', 'kind'],
    ['从何地返回', 'originText'],
    ['来源地', 'originText'],
    ['来自何地', 'originText'],
    ['出发地', 'originText'],
    ['省', 'originProvince'],
    ['市', 'originCity'],
    ['县', 'originCounty'],
    ['风险等级', 'originRisk'],
    ['出发时间', 'departureDate'],
    ['离开时间', 'departureDate'],
    ['返回时间', 'arrivalDate'],
    ['返乡日期', 'arrivalDate'],
    ['抵达时间', 'arrivalDate'],
    ['到达时间', 'arrivalDate'],
    ['返乡时间', 'arrivalDate'],
    ['交通方式', 'transport'],
    ['车次', 'transportNumber'],
    ['航班', 'transportNumber'],
    ['车牌号', 'transportNumber'],
    ['车次/航班', 'transportNumber'],
    ['车次航班号', 'transportNumber'],
    ['健康码', 'healthCode'],
    ['健康码颜色', 'healthCode'],
    ['核酸检测时间', 'nucleicAcidDate'],
    ['核酸日期', 'nucleicAcidDate'],
    ['核酸结果', 'nucleicAcidResult'],
    ['检测结果', 'nucleicAcidResult'],
    ['症状', 'symptoms'],
    ['有无症状', 'symptoms'],
    ['是否发热', 'fever'],
    ['发热', 'fever'],
    ['体温', 'temperature'],
    ['体温（℃）', 'temperature'],
    ['体温℃', 'temperature'],
    ['关联病例', 'indexCase'],
    // Two-row headers, joined: whole first, then the sub-header, then the group.
    ['核酸检测/时间', 'nucleicAcidDate'],
    ['核酸检测/结果', 'nucleicAcidResult'],
    ['从何地返回/省', 'originProvince'],
    ['从何地返回/县', 'originCounty'],
    ['健康码/颜色', 'healthCode'],
    ['返乡信息/返乡时间', 'arrivalDate'],
  ])('reads %j as %s', (label, field) => {
    expect(fieldOfHeader(label)).toBe(field)
  })

  it.each(['', '序号', '2021年返乡人员登记表', '填表人：王五', '核酸检测', '时间', '()'])(
    'names no field in %j',
    (label) => {
      expect(fieldOfHeader(label)).toBeUndefined()
    },
  )

  it('offers every field once', () => {
    expect(new Set(PEOPLE_SHEET_FIELDS).size).toBe(PEOPLE_SHEET_FIELDS.length)
    expect(PEOPLE_SHEET_FIELDS).toHaveLength(29)
  })
})

describe('headerKey', () => {
  it.each([
    ['村（社区）', '村社区'],
    ['村(社区)', '村社区'],
    [' 车次/航班 ', '车次航班'],
    ['ＩＤ', 'id'],
    ['从何地返回/省', '从何地返回省'],
  ])('keys %j as %j', (label, key) => {
    expect(headerKey(label)).toBe(key)
  })
})

describe('suggestMapping', () => {
  const LABELS = ['序号', '姓名', '身份证号', '联系电话', '所属村', '备注', '姓名', '村（社区）']

  it('suggests fields from the synonyms, each header once, and lists the rest as unmapped', () => {
    expect(suggestMapping(LABELS)).toEqual({
      columns: {
        姓名: 'name',
        身份证号: 'documentNumber',
        联系电话: 'phones',
        所属村: 'village',
        备注: 'notes',
        村社区: 'village',
      },
      unmapped: ['序号'],
    })
  })

  it('prefers what the source’s remembered mapping says, its choice not to import a header included', () => {
    const remembered = { columns: { 序号: 'notes' as const, 所属村: 'address' as const }, ignored: ['备注'] }
    expect(suggestMapping(LABELS, remembered)).toEqual({
      columns: {
        序号: 'notes',
        姓名: 'name',
        身份证号: 'documentNumber',
        联系电话: 'phones',
        所属村: 'address',
        村社区: 'village',
      },
      unmapped: ['备注'],
    })
  })
})
