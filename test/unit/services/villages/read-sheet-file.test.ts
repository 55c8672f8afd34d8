import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { CFB, read, utils, write } from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { ValidationError } from '@/domain/common/result'
import { parseVillageSheet } from '@/domain/township/village-sheet'
import { readSheetFile } from '@/services/villages/read-sheet-file'

const TOWNSHIP = '511826100000'
// Vitest runs from the repository root; under happy-dom import.meta.url is not a file URL.
const fixture = (name: string) => new Uint8Array(readFileSync(resolve('test/fixtures/villages', name)))
const readFixture = (name: string) => readSheetFile(name, fixture(name))
const importFixture = (name: string) => parseVillageSheet(readFixture(name), TOWNSHIP)

function refusal(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError)
    return (error as ValidationError).problems
  }
  throw new Error('expected a ValidationError')
}

const CLEAN_CODES = [
  '511826100001',
  '511826100002',
  '511826100003',
  '511826100201',
  '511826100202',
  '511826100203',
  '511826100204',
]

describe('readSheetFile: workbooks', () => {
  it.each(['national-text-codes.xlsx', 'national-text-codes.xls'])(
    'reads %s: title row, text codes, township row',
    (name) => {
      const rows = readFixture(name)
      expect(rows[0]).toEqual(Array(5).fill('芦山县芦阳镇统计用区划代码和城乡划分代码（2023年）'))
      const result = parseVillageSheet(rows, TOWNSHIP)
      expect(result.fatal).toBeUndefined()
      expect(result.headerRowNumber).toBe(2)
      expect(result.skipped).toEqual([{ rowNumber: 3, reason: 'townshipRow' }])
      expect(result.problems).toEqual([])
      expect(result.rows.map((row) => row.code)).toEqual(CLEAN_CODES)
      expect(result.rows[0]).toMatchObject({
        rowNumber: 4,
        name: '城东社区',
        kind: 'community',
        urbanRuralClass: '111',
        population: 5321,
        households: 2012,
      })
      expect(result.rows[6]).toMatchObject({ name: '黎明村', kind: 'village', urbanRuralClass: '210' })
      expect(result.rows[6]).not.toHaveProperty('population')
    },
  )

  it('the text-code fixture really holds text cells', () => {
    const sheet = read(fixture('national-text-codes.xlsx')).Sheets['芦阳镇']
    expect(sheet.A4).toMatchObject({ t: 's', v: '511826100001' })
  })

  it('the numeric-code fixture really holds numeric cells', () => {
    const sheet = read(fixture('numeric-codes.xlsx')).Sheets['村名单']
    expect(sheet.A4).toMatchObject({ t: 'n', v: 511826100001 })
  })

  it('reads numeric code cells as their exact digits, from the sheet with the header, through a merged two-row header', () => {
    const rows = readFixture('numeric-codes.xlsx')
    expect(rows[3][0]).toBe('511826100001')
    const result = parseVillageSheet(rows, TOWNSHIP)
    expect(result.headerRowNumber).toBe(3)
    expect(result.columns).toEqual({ code: 0, name: 1, urbanRuralClass: 2, households: 3, population: 4 })
    expect(result.problems).toEqual([])
    expect(result.rows.map((row) => row.code)).toEqual(CLEAN_CODES)
    expect(result.rows[3]).toMatchObject({
      rowNumber: 7,
      name: '新华村',
      urbanRuralClass: '220',
      population: 1234,
      households: 410,
    })
    expect(result.rows.every((row) => row.notes.length === 0)).toBe(true)
  })

  it('reads numbers as Excel shows them: 15 significant digits, no exponent, no binary noise', () => {
    const sheet = utils.aoa_to_sheet([[Number('110101199003072316'), 1e21, 0.1 + 0.2, true]])
    const bytes = new Uint8Array(
      write({ SheetNames: ['a'], Sheets: { a: sheet } }, { type: 'array', bookType: 'xlsx' }),
    )
    expect(readSheetFile('a.xlsx', bytes)).toEqual([['110101199003072000', '1000000000000000000000', '0.3', 'TRUE']])
  })

  it('takes a sheet without a code column when nothing better exists, for the importer to refuse', () => {
    expect(importFixture('no-code-column.xlsx')).toMatchObject({ fatal: 'noCodeColumn', columns: { name: 0 } })
  })

  it('reads an HTML table saved as .xls by a web system', () => {
    const html =
      '<html><body><table><tr><td>代码</td><td>名称</td></tr><tr><td>511826100201</td><td>新华村</td></tr></table></body></html>'
    const rows = readSheetFile('导出.xls', new TextEncoder().encode(html))
    expect(parseVillageSheet(rows, TOWNSHIP).rows).toMatchObject([{ code: '511826100201', name: '新华村' }])
  })

  it('opens a workbook whatever its name says', () => {
    const result = parseVillageSheet(readSheetFile('村名单.csv', fixture('national-text-codes.xlsx')), TOWNSHIP)
    expect(result.rows).toHaveLength(7)
  })
})

describe('readSheetFile: CSV and text', () => {
  it('reads UTF-8 with a BOM, keeping codes and counts as text', () => {
    const rows = readFixture('utf8-bom.csv')
    expect(rows[0][0]).toBe('统计用区划代码')
    expect(rows[1]).toEqual(['511826100001', '城东社区', '111', '5,321', '2012户'])
    const result = parseVillageSheet(rows, TOWNSHIP)
    expect(result.rows.map((row) => row.code)).toEqual(CLEAN_CODES)
    expect(result.rows[0]).toMatchObject({ population: 5321, households: 2012 })
  })

  it('reads GBK, as Excel on Chinese Windows saves it', () => {
    const result = importFixture('gbk.csv')
    expect(result.headerRowNumber).toBe(2)
    expect(result.rows.map((row) => row.name)).toEqual([
      '城东社区',
      '城西社区',
      '城北社区',
      '新华村',
      '王家村',
      '青龙村',
      '黎明村',
    ])
  })

  it('reports everything wrong in a messy sheet and keeps the good rows', () => {
    const result = importFixture('messy.csv')
    expect(result.rows.map(({ rowNumber, code, name }) => ({ rowNumber, code, name }))).toEqual([
      { rowNumber: 4, code: '511826100201', name: '新华村' },
      { rowNumber: 7, code: '511826100203', name: '青龙村' },
      { rowNumber: 11, code: '511826100001', name: '城东社区' },
    ])
    expect(result.rows[0].notes).toEqual([{ field: 'code', code: 'float-suffix', params: { value: '511826100201.0' } }])
    expect(result.rows[2]).toMatchObject({ kind: 'community', population: 5321, households: 2012 })
    expect(result.problems).toEqual([
      { field: 'code', code: 'code.scientific', params: { value: '5.11826E+11' }, rowNumber: 5 },
      { field: 'code', code: 'code.outside', params: { value: '511826101201', township: '511826100' }, rowNumber: 6 },
      { field: 'code', code: 'duplicateInSheet', params: { value: '511826100203', firstRow: 7 }, rowNumber: 8 },
      { field: 'code', code: 'code.wrong-length', params: { value: '5118261002' }, rowNumber: 10 },
    ])
    expect(result.skipped).toEqual([
      { rowNumber: 3, reason: 'townshipRow' },
      { rowNumber: 9, reason: 'blank' },
    ])
  })

  it('reads quoted cells with commas, quotes and line breaks', () => {
    const text = '代码,名称\n"511826100201","新华村, ""老街""\n二组"\r\n511826100202,王家村'
    expect(readSheetFile('a.csv', new TextEncoder().encode(text))).toEqual([
      ['代码', '名称'],
      ['511826100201', '新华村, "老街"\n二组'],
      ['511826100202', '王家村'],
    ])
  })

  it('reads tab-separated UTF-16 text, as Excel saves "Unicode text"', () => {
    const text = '\ufeff代码\t名称\r\n511826100201\t新华村\r\n'
    const bytes = new Uint8Array(text.length * 2)
    for (let index = 0; index < text.length; index++)
      new DataView(bytes.buffer).setUint16(index * 2, text.charCodeAt(index), true)
    expect(readSheetFile('名单.txt', bytes)).toEqual([
      ['代码', '名称'],
      ['511826100201', '新华村'],
    ])
  })
})

describe('readSheetFile: refused files', () => {
  it('refuses an empty file', () => {
    expect(refusal(() => readFixture('empty.csv'))).toEqual([
      { field: 'file', code: 'file.empty', params: { name: 'empty.csv' } },
    ])
  })

  it('refuses a file holding only blank lines and commas', () => {
    expect(refusal(() => readSheetFile('a.csv', new TextEncoder().encode(',,\r\n\r\n')))).toMatchObject([
      { code: 'file.empty' },
    ])
  })

  it('refuses garbage bytes as unreadable', () => {
    expect(refusal(() => readFixture('garbage.txt'))).toEqual([
      { field: 'file', code: 'file.unreadable', params: { name: 'garbage.txt' } },
    ])
  })

  it('refuses a damaged workbook as unreadable', () => {
    const bytes = fixture('national-text-codes.xlsx').slice(0, 400)
    expect(refusal(() => readSheetFile('坏.xlsx', bytes))).toMatchObject([{ code: 'file.unreadable' }])
  })

  it('refuses a password-protected workbook and says why', () => {
    const container = CFB.utils.cfb_new()
    CFB.utils.cfb_add(container, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]))
    CFB.utils.cfb_add(container, '/EncryptedPackage', new Uint8Array(64))
    const bytes = new Uint8Array(CFB.write(container, { type: 'array' }))
    expect(refusal(() => readSheetFile('加密.xlsx', bytes))).toMatchObject([{ code: 'file.encrypted' }])
  })

  it.each(['名单.pdf', '名单.docx', '名单', 'xlsx'])('refuses %j by its type', (name) => {
    expect(refusal(() => readSheetFile(name, new Uint8Array([1])))).toEqual([
      { field: 'file', code: 'file.type', params: { name } },
    ])
  })

  it('accepts upper-case endings', () => {
    expect(readSheetFile('名单.CSV', new TextEncoder().encode('代码,名称\n'))).toEqual([['代码', '名称']])
  })
})
