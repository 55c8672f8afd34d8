import { describe, expect, it } from 'vitest'
import { xmlText } from '@/domain/ledgers/xlsx-parts'
import { edgesAreSpace, XmlBytes } from '@/domain/ledgers/xml-bytes'

const written = (write: (out: XmlBytes) => void) => {
  const out = new XmlBytes()
  write(out)
  return out.finish()
}

describe('XmlBytes', () => {
  it('writes text exactly as TextEncoder encodes the escaped string', () => {
    const texts = [
      '张三',
      'a<b>&"c"',
      '\u0001控制\u001f字符\ufffe\uffff',
      'tab\tnew\nline\rcr',
      'é ß ÿ Ā',
      '𠀀 😀 pair',
      'lone \ud800 high, lone \udc00 low, end \ud83d',
      '',
    ]
    for (const text of texts) expect(written((out) => out.text(text))).toEqual(new TextEncoder().encode(xmlText(text)))
  })

  it('writes numbers as String writes them', () => {
    const numbers = [0, -0, 7, 10, 1234567890, 2 ** 53 - 1, 2 ** 60, 1e21, 36.5, -3, 0.1 + 0.2, 1e-7]
    for (const n of numbers) expect(new TextDecoder().decode(written((out) => out.number(n)))).toBe(String(n))
  })

  it('keeps everything in order across buffers, grown or reserved', () => {
    const out = new XmlBytes()
    let expected = ''
    for (let i = 0; i < 200_000; i++) {
      if (i === 1000) out.reserve(10)
      if (i === 2000) out.reserve(1 << 20) // less than what follows: the reserved buffer grows too
      out.text(`行${i}&`)
      out.number(i)
      expected += `行${i}&amp;${i}`
    }
    expect(out.length).toBe(new TextEncoder().encode(expected).length)
    expect(new TextDecoder().decode(out.finish())).toBe(expected)
  })

  it('tells when a text needs xml:space="preserve", ignoring characters XML drops', () => {
    expect(edgesAreSpace(' a')).toBe(true)
    expect(edgesAreSpace('a\u3000')).toBe(true)
    expect(edgesAreSpace('\u0001 a')).toBe(true)
    expect(edgesAreSpace('a b')).toBe(false)
    expect(edgesAreSpace('\u0001')).toBe(false)
    expect(edgesAreSpace('')).toBe(false)
  })
})
