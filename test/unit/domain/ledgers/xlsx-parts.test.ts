import { describe, expect, it } from 'vitest'
import { columnLetters, sheetName, sheetXml, xmlText } from '@/domain/ledgers/xlsx-parts'

describe('xlsx parts', () => {
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA'])
  })

  it('escapes XML and drops characters XML forbids', () => {
    expect(xmlText('a<b>&"c"\u0001')).toBe('a&lt;b&gt;&amp;"c"')
  })

  it('keeps sheet names within Excel rules', () => {
    expect(sheetName('村（社区）风险等级决定台账/2022[1]')).toBe('村（社区）风险等级决定台账 2022 1 ')
    expect([...sheetName('长'.repeat(40))]).toHaveLength(31)
  })

  it('writes ID and phone columns as text cells with the @ format, numbers as numbers, a merged title', () => {
    const xml = sheetXml({
      title: '人员台账',
      name: '人员台账',
      headers: ['证件号码', '电话', '体温', '姓名'],
      kinds: ['id', 'phone', 'number', 'text'],
      rows: [['11010119900101231X', '13800001111', 36.5, undefined]],
    })
    expect(xml).toContain('<mergeCell ref="A1:D1"/>')
    expect(xml).toContain('<c r="A3" s="1" t="inlineStr"><is><t>11010119900101231X</t></is></c>')
    expect(xml).toContain('<c r="B3" s="1" t="inlineStr"><is><t>13800001111</t></is></c>')
    expect(xml).toContain('<c r="C3" s="4"><v>36.5</v></c>')
    expect(xml).not.toContain('r="D3"')
    expect(xml).toContain('ySplit="2"')
  })
})
