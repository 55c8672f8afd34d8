import { describe, expect, it } from 'vitest'
import {
  columnLetters,
  sharedStrings,
  sharedStringsXmlChunks,
  sheetName,
  sheetXml,
  workbookParts,
  xmlText,
} from '@/domain/ledgers/xlsx-parts'

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

  it('writes a column whose texts repeat through the shared strings, each cell referring to it by index', () => {
    const strings = sharedStrings()
    const xml = sheetXml(
      {
        title: '',
        name: '人员台账',
        headers: ['姓名', '性别', '证件号码', '备注'],
        kinds: ['text', 'text', 'id', 'text'],
        rows: [
          ['张三', '男', '11010119900101231X', ' 前后有空格 '],
          ['李四', '男', '110101199001012316', ' 前后有空格 '],
          ['王<五>', '女', undefined, '同上'],
          ['赵六', '男', '110101199001012324', '同上'],
        ],
      },
      strings,
    )
    // Style 0 (plain) is the default and not written; names and ID numbers, all different, stay inline.
    expect(xml).toContain('<row r="2"><c r="A2" t="inlineStr"><is><t>张三</t></is></c><c r="B2" t="s"><v>0</v></c>')
    expect(xml).toContain('<c r="C2" s="1" t="inlineStr"><is><t>11010119900101231X</t></is></c>')
    expect(xml).toContain('<c r="B3" t="s"><v>0</v></c>')
    expect(xml).toContain('<c r="B4" t="s"><v>2</v></c><c r="D4" t="s"><v>3</v></c>')
    expect(xml).not.toContain('r="C4"')
    expect(strings.texts).toEqual(['男', ' 前后有空格 ', '女', '同上'])
    expect(strings.uses).toBe(8)
    const sst = sharedStringsXmlChunks(strings).join('')
    expect(sst).toContain('count="8" uniqueCount="4">')
    expect(sst).toContain('<si><t>男</t></si><si><t xml:space="preserve"> 前后有空格 </t></si>')
    const parts = workbookParts('人员台账', true)
    expect(parts['[Content_Types].xml']).toContain('PartName="/xl/sharedStrings.xml"')
    expect(parts['xl/_rels/workbook.xml.rels']).toContain('Target="sharedStrings.xml"')
    expect(workbookParts('人员台账')['[Content_Types].xml']).not.toContain('sharedStrings')
  })
})
