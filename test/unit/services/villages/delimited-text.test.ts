import { describe, expect, it } from 'vitest'
import { decodeText, parseDelimitedText } from '@/services/villages/delimited-text'

const GBK_芦阳镇 = [0xc2, 0xab, 0xd1, 0xf4, 0xd5, 0xf2]

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode('芦阳镇')
    expect(decodeText(bytes)).toBe('芦阳镇')
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe('芦阳镇')
  })

  it('falls back to GB18030 for GBK bytes', () => {
    expect(decodeText(new Uint8Array(GBK_芦阳镇))).toBe('芦阳镇')
  })

  it('reads UTF-16 with a BOM, either byte order', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0xa6, 0x82]))).toBe('芦')
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x82, 0xa6]))).toBe('芦')
  })

  it('refuses binary bytes', () => {
    expect(decodeText(new Uint8Array([0x41, 0x00, 0x42]))).toBeUndefined()
    expect(decodeText(new Uint8Array([0xff, 0xff, 0xff]))).toBeUndefined()
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBeUndefined()
  })
})

describe('parseDelimitedText', () => {
  it('keeps every cell as text, codes and counts alike', () => {
    expect(parseDelimitedText('511826100201,1234,5.11826E+11,\n')).toEqual([
      ['511826100201', '1234', '5.11826E+11', ''],
    ])
  })

  it('reads quotes, doubled quotes, delimiters and line breaks inside quotes', () => {
    expect(parseDelimitedText('"a,b","say ""hi""","x\r\ny"\r\nc,d')).toEqual([
      ['a,b', 'say "hi"', 'x\r\ny'],
      ['c', 'd'],
    ])
  })

  it('keeps blank lines as rows, so row numbers match the file', () => {
    expect(parseDelimitedText('a\n\nb\r\n')).toEqual([['a'], [''], ['b']])
  })

  it('guesses tabs and semicolons', () => {
    expect(parseDelimitedText('代码\t名称\n1,2\t村')).toEqual([
      ['代码', '名称'],
      ['1,2', '村'],
    ])
    expect(parseDelimitedText('代码;名称;户数\n1;2;3')).toEqual([
      ['代码', '名称', '户数'],
      ['1', '2', '3'],
    ])
  })

  it('reads nothing from nothing', () => {
    expect(parseDelimitedText('')).toEqual([])
  })
})
