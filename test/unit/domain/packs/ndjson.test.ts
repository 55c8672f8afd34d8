import { describe, expect, it } from 'vitest'
import { parseNdjson, toNdjson } from '@/domain/packs/ndjson'

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

  it('an empty table is an empty file', () => {
    expect(toNdjson([])).toBe('')
    expect(parseNdjson('', 'f').records).toEqual([])
  })

  it('names the file and the line of a broken record', () => {
    expect(parseNdjson('{"id":"a"}\n{"id":\n', 'data/persons.ndjson').problems).toEqual([
      { field: 'data/persons.ndjson', code: 'pack.badLine', params: { file: 'data/persons.ndjson', line: 2 } },
    ])
    expect(parseNdjson('[1]\n', 'f').problems[0].params?.line).toBe(1)
  })
})
