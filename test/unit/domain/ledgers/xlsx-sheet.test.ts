import { describe, expect, it } from 'vitest'
import { ledgerRowsOf, type LedgerTable } from '@/domain/ledgers/ledger-table'
import { sharedStrings } from '@/domain/ledgers/xlsx-parts'
import { sharedStringsXml, sheetXml, sheetXmlBytes } from '@/domain/ledgers/xlsx-sheet'

describe('xlsx sheet', () => {
  it('writes ID and phone columns as text cells with the @ format, numbers as numbers, a merged title', () => {
    const xml = sheetXml({
      title: '人员台账',
      name: '人员台账',
      headers: ['证件号码', '电话', '体温', '姓名'],
      kinds: ['id', 'phone', 'number', 'text'],
      rows: ledgerRowsOf([['11010119900101231X', '13800001111', 36.5, undefined]]),
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
        rows: ledgerRowsOf([
          ['张三', '男', '11010119900101231X', ' 前后有空格 '],
          ['李四', '男', '110101199001012316', ' 前后有空格 '],
          ['王<五>', '女', undefined, '同上'],
          ['赵六', '男', '110101199001012324', '同上'],
        ]),
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
    const sst = sharedStringsXml(strings)
    expect(sst).toContain('count="8" uniqueCount="4">')
    expect(sst).toContain('<si><t>男</t></si><si><t xml:space="preserve"> 前后有空格 </t></si>')
  })

  it('writes a big sheet whole and unchanged past the rows its size is told from', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [
      `姓名${i}`,
      i % 2 ? '男' : '女',
      i,
      i === 4321 ? 'a&b' : i < 200 ? `备注${i}` : undefined,
    ])
    const table: LedgerTable = {
      title: '',
      name: '台账',
      headers: ['姓名', '性别', '序号', '备注'],
      kinds: ['text', 'text', 'number', 'text'],
      rows: ledgerRowsOf(rows),
    }
    // Strings, so the shared column's indexes are written past the rows the size is told from.
    const xml = sheetXml(table, sharedStrings())
    // (`includes`, not `toContain`: a failure would print the whole sheet.)
    expect(xml.includes('<dimension ref="A1:D5001"/>')).toBe(true)
    expect(xml.match(/<row /g)).toHaveLength(5001)
    expect(xml.includes('<row r="5001"><c r="A5001" t="inlineStr"><is><t>姓名4999</t></is></c>')).toBe(true)
    expect(xml.includes('<c r="B5001" t="s"><v>1</v></c><c r="C5001" s="4"><v>4999</v></c></row>')).toBe(true)
    expect(xml.includes('<c r="D4323" t="inlineStr"><is><t>a&amp;b</t></is></c>')).toBe(true)
    expect(xml.endsWith('</worksheet>')).toBe(true)
    // No byte past the document's end: the buffer reserved from the first rows is cut to what was written.
    expect(sheetXmlBytes(table).length).toBe(new TextEncoder().encode(sheetXml(table)).length)
  })
})
