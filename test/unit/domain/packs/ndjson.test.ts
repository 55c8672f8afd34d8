import { describe, expect, it } from 'vitest'
import { ndjsonBytes, parseNdjson } from '@/domain/packs/ndjson'

/** The lines as text, one string: what the bytes must be the UTF-8 of. */
function linesOf<T>(records: readonly T[], prepare?: (record: T) => unknown): string {
  return records.map((record) => JSON.stringify(prepare ? prepare(record) : record) + '\n').join('')
}

/** The bytes decoded back to text. */
const toNdjson = <T>(records: readonly T[], prepare?: (record: T) => unknown) =>
  new TextDecoder().decode(ndjsonBytes(records, prepare))

describe('ndjson', () => {
  it('writes one object per line and reads the same records back', () => {
    const records = [
      { id: 'a', name: '张三', n: 1 },
      { id: 'b', list: ['x'], nested: { y: null } },
    ]
    const text = toNdjson(records)
    expect(text.split('\n')).toHaveLength(3)
    expect(text.endsWith('\n')).toBe(true)
    expect(parseNdjson(text, 'f')).toEqual({ records, lines: text.trimEnd().split('\n'), problems: [] })
  })

  it('writes each record as prepare makes it, leaving the records as they were', () => {
    const records = [{ id: 'a', phone: '13800001111' }, { id: 'b' }]
    const text = toNdjson(records, (r) => ({ ...r, phone: r.phone ? '138****1111' : undefined }))
    expect(text).toBe('{"id":"a","phone":"138****1111"}\n{"id":"b"}\n')
    expect(records[0].phone).toBe('13800001111')
  })

  it('writes as bytes exactly what TextEncoder makes of the text, across many pieces and a buffer that grows', () => {
    const encoded = <T>(records: T[], prepare?: (r: T) => unknown) =>
      Buffer.from(new TextEncoder().encode(linesOf(records, prepare)))
    // Small records first, so the size told from the first piece is far too small for the big ones after.
    const records = Array.from({ length: 30_000 }, (_, i) => ({
      id: `r${i}`,
      name: i < 20_000 ? '张' : '王'.repeat(60) + '😀'.repeat(i % 7) + '"\\\n',
      n: i,
    }))
    // (Buffer's equals, not toEqual: a failure would print megabytes.)
    expect(Buffer.from(ndjsonBytes(records)).equals(encoded(records))).toBe(true)
    const prepare = (r: (typeof records)[number]) => ({ id: r.id, n: -r.n })
    expect(Buffer.from(ndjsonBytes(records, prepare)).equals(encoded(records, prepare))).toBe(true)
    const bytes = ndjsonBytes(records)
    // Cut to its length: the whole buffer can be transferred to another thread as it is.
    expect(bytes.byteOffset).toBe(0)
    expect(bytes.buffer.byteLength).toBe(bytes.length)
    expect(Buffer.from(ndjsonBytes([{ id: 'a' }])).equals(encoded([{ id: 'a' }]))).toBe(true)
  })

  it('an empty table is an empty file', () => {
    expect(toNdjson([])).toBe('')
    expect(ndjsonBytes([])).toHaveLength(0)
    expect(parseNdjson('', 'f').records).toEqual([])
  })

  it('names the file and the line of a broken record', () => {
    expect(parseNdjson('{"id":"a"}\n{"id":\n', 'data/persons.ndjson').problems).toEqual([
      { field: 'data/persons.ndjson', code: 'pack.badLine', params: { file: 'data/persons.ndjson', line: 2 } },
    ])
    expect(parseNdjson('[1]\n', 'f').problems[0].params?.line).toBe(1)
  })
})
