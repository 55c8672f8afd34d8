import { utils, write } from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { readSheetFileSheets } from '@/services/villages/read-sheet-file'

function workbook(sheets: [string, unknown[][]][]): Uint8Array {
  const book = utils.book_new()
  for (const [name, rows] of sheets) utils.book_append_sheet(book, utils.aoa_to_sheet(rows), name)
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}

describe('readSheetFileSheets', () => {
  it('reads every sheet with content, by name, leaving blank ones out', () => {
    const bytes = workbook([
      ['返乡', [['姓名'], ['张三']]],
      ['空表', [[]]],
      ['外来', [['姓名'], ['李四']]],
    ])
    expect(readSheetFileSheets('a.xlsx', bytes)).toEqual([
      { name: '返乡', rows: [['姓名'], ['张三']] },
      { name: '外来', rows: [['姓名'], ['李四']] },
    ])
  })

  it('names a CSV’s one sheet after the file', () => {
    const bytes = new TextEncoder().encode('姓名,电话\n张三,138\n')
    expect(readSheetFileSheets('名单.csv', bytes)).toEqual([
      {
        name: '名单',
        rows: [
          ['姓名', '电话'],
          ['张三', '138'],
        ],
      },
    ])
  })

  it('reads an 18-digit number cell as Excel shows it: 15 digits and zeros, never invented digits', () => {
    const bytes = workbook([['S', [[Number('511826199003071234')], [1.10101e17], [511826100201]]]])
    expect(readSheetFileSheets('a.xlsx', bytes)[0].rows).toEqual([
      ['511826199003071000'],
      ['110101000000000000'],
      ['511826100201'],
    ])
  })
})
