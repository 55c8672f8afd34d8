import { describe, expect, it } from 'vitest'
import { columnLetters, sheetName, workbookParts, xmlText } from '@/domain/ledgers/xlsx-parts'

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

  it('names the shared strings in the workbook only when it has them', () => {
    const parts = workbookParts('人员台账', true)
    expect(parts['[Content_Types].xml']).toContain('PartName="/xl/sharedStrings.xml"')
    expect(parts['xl/_rels/workbook.xml.rels']).toContain('Target="sharedStrings.xml"')
    expect(workbookParts('人员台账')['[Content_Types].xml']).not.toContain('sharedStrings')
  })
})
