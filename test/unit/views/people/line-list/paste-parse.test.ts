import { describe, expect, it } from 'vitest'
import { parseClipboard, parseDelimited, toClipboardText } from '@/views/people/line-list/paste-parse'

describe('parseClipboard', () => {
  it.each([
    [
      'tabs, CRLF and the trailing line break Excel adds',
      'a\tb\tc\r\nd\te\tf\r\n',
      [
        ['a', 'b', 'c'],
        ['d', 'e', 'f'],
      ],
    ],
    [
      'LF only, no trailing line break',
      'a\tb\nc\td',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a lone CR between rows (old Mac Excel)',
      'a\tb\rc\td\r',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'empty cells, also at the end of a row',
      '张三\t\t身份证\t\r\n\t\t\t\r\n',
      [
        ['张三', '', '身份证', ''],
        ['', '', '', ''],
      ],
    ],
    [
      'a quoted cell with an embedded line break',
      '"一组\n12号"\tx\r\ny\tz\r\n',
      [
        ['一组\n12号', 'x'],
        ['y', 'z'],
      ],
    ],
    ['a quoted cell with an embedded CRLF and a tab', '"a\r\nb\tc"\td\r\n', [['a\r\nb\tc', 'd']]],
    ['doubled quotes inside a quoted cell', '"他说""在家"""\tb\r\n', [['他说"在家"', 'b']]],
    ['a quote inside an unquoted cell is kept', '12"寸\tb\r\n', [['12"寸', 'b']]],
    ['an empty quoted cell', '""\tb\r\n', [['', 'b']]],
    ['text after a closing quote is kept', '"ab"c\td\n', [['abc', 'd']]],
  ])('%s', (_name, text, rows) => {
    expect(parseClipboard(text)).toEqual(rows)
  })

  it('reads a header row like any row (the grid decides what it is)', () => {
    expect(parseClipboard('姓名\t身份证号\t联系电话\r\n张三\t110101199003077777\t13812345678\r\n')).toEqual([
      ['姓名', '身份证号', '联系电话'],
      ['张三', '110101199003077777', '13812345678'],
    ])
  })

  it('reads CSV when there is no tab and every line has the same number of commas', () => {
    expect(parseClipboard('姓名,电话\r\n张三,"138,139"\r\n李四,13912345678\r\n')).toEqual([
      ['姓名', '电话'],
      ['张三', '138,139'],
      ['李四', '13912345678'],
    ])
  })

  it('keeps a single value with a comma in one cell, and lines without tabs as one column', () => {
    expect(parseClipboard('13812345678,13987654321')).toEqual([['13812345678,13987654321']])
    expect(parseClipboard('张三\r\n李四\r\n')).toEqual([['张三'], ['李四']])
    expect(parseClipboard('"一组\n12号"\r\n')).toEqual([['一组\n12号']])
  })

  it('reads nothing from an empty clipboard', () => {
    expect(parseClipboard('')).toEqual([])
  })
})

describe('toClipboardText', () => {
  it('writes what Excel writes, and reads back to the same cells', () => {
    const rows = [
      ['张三', '一组\n12号', '说"在家"'],
      ['', 'a\tb', 'c'],
    ]
    const text = toClipboardText(rows)
    expect(text).toBe('张三\t"一组\n12号"\t"说""在家"""\r\n\t"a\tb"\tc\r\n')
    expect(parseDelimited(text, '\t')).toEqual(rows)
  })
})
