import { describe, expect, it } from 'vitest'
import { createPeopleImportHandler } from '@/workers/people-import-handler'
import type { PeopleImportReply } from '@/workers/people-import-protocol'
import {
  FIXTURE_VILLAGES,
  IMPORT_TODAY,
  fixtureBytes,
  parseThroughHandler,
  suggestedMapping,
} from '../../fixtures/people-import'

function handler() {
  const replies: PeopleImportReply[] = []
  return { replies, handle: createPeopleImportHandler((reply) => replies.push(reply)) }
}

const encode = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer

describe('createPeopleImportHandler', () => {
  it('reads every sheet with a header, and passes over the others', () => {
    const { replies, handle } = handler()
    handle({ kind: 'read', fileName: 'messy.xlsx', bytes: fixtureBytes('messy.xlsx'), today: IMPORT_TODAY })
    expect(replies).toHaveLength(1)
    const reply = replies[0]
    if (reply.kind !== 'outline') throw new Error(reply.kind)
    expect(reply.outline.layouts.map((l) => [l.sheet, l.headerRowNumber, l.defaultYear, l.yearSource])).toEqual([
      ['返乡人员', 3, 2021, 'title'],
      ['外来人员', 2, 2021, 'title'],
    ])
    expect(reply.outline.skippedSheets).toEqual(['填表说明'])
  })

  it('applies a mapping to the sheets it kept, reporting progress before the result', () => {
    const { parsed, replies } = parseThroughHandler('messy.xlsx')
    const kinds = replies.map((r) => r.kind)
    expect(kinds[0]).toBe('outline')
    expect(kinds.at(-1)).toBe('parsed')
    expect(replies.at(-2)).toEqual({ kind: 'progress', done: 18, total: 18 })
    expect(parsed.rows.map((r) => `${r.sheet}!${r.rowNumber}`)).toEqual([
      ...[4, 5, 6, 7, 8, 10, 11, 12, 13].map((n) => `返乡人员!${n}`),
      ...[3, 4, 5].map((n) => `外来人员!${n}`),
    ])
    expect(parsed.skipped).toEqual({ blank: 1, subtotal: 1, footer: 1 })
    expect(parsed.source).toBe('青龙村')
  })

  it('reads the GBK csv with its title year', () => {
    const { parsed } = parseThroughHandler('gbk.csv')
    expect(parsed.rows.map((r) => [r.input.person.name, r.input.episode.arrivalDate])).toEqual([
      ['钱多多', '2022-01-20'],
      ['孙小美', '2022-01-21'],
      ['阿依古丽·买买提', '2022-01-22'],
    ])
    expect(parsed.problems).toEqual([])
  })

  it.each([
    ['a file that is no sheet', 'x.xlsx', new Uint8Array([1, 2, 3]).buffer as ArrayBuffer, 'file.unreadable'],
    ['a sheet without a header', 'x.csv', encode('a,b\n1,2\n'), 'peopleImport.noHeader'],
    ['a file type it does not read', 'x.pdf', encode('%PDF'), 'file.type'],
  ])('answers %s with the problem', (_name, fileName, bytes, code) => {
    const { replies, handle } = handler()
    handle({ kind: 'read', fileName, bytes, today: IMPORT_TODAY })
    expect(replies).toEqual([
      expect.objectContaining({ kind: 'failed', problems: [expect.objectContaining({ code })] }),
    ])
  })

  it('refuses to apply before a file is read, or a mapping without a name column', () => {
    const { replies, handle } = handler()
    const apply = { kind: 'apply' as const, source: '', villages: FIXTURE_VILLAGES, today: IMPORT_TODAY }
    handle({ ...apply, mapping: { columns: {}, polarity: 'normal', ignored: [], defaultKind: 'returnee' } })
    handle({ kind: 'read', fileName: 'gbk.csv', bytes: fixtureBytes('gbk.csv'), today: IMPORT_TODAY })
    const outline = replies[1].kind === 'outline' ? replies[1].outline : undefined
    const mapping = suggestedMapping(outline!)
    delete mapping.columns['姓名']
    handle({ ...apply, mapping })
    expect(replies.filter((r) => r.kind === 'failed').map((r) => r.kind === 'failed' && r.problems[0].code)).toEqual([
      'peopleImport.noFile',
      'peopleImport.noNameColumn',
    ])
  })
})
