import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { read, utils } from '@e965/xlsx'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import type { CountyList } from '@/domain/county-list/county-list'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { listAllRows } from '@/db/repositories/county-list-repository'
import { exportFeedback, FEEDBACK_COLUMNS } from '@/services/county-lists/feedback-export'
import { importCountyList, previewCountyList } from '@/services/county-lists/import-list-service'
import { verifyRow } from '@/services/county-lists/verify-service'
import { seedRegister } from '../../../fixtures/county-lists/register'

const CLERK: Actor = { id: 'usr_clerk', name: '陈文书' }
const TODAY = '2022-11-20'
const HEADERS = ['序号', '姓名', '性别', '身份证号码', '手机号码', '现居住地', '推送原因', '抵达时间', '所属村（社区）']
let db: CommandPostDatabase
let list: CountyList

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
  await seedRegister(db, CLERK)
  const bytes = new Uint8Array(readFileSync(resolve('test/fixtures/county-lists/xiecha.xlsx')))
  const preview = await previewCountyList(db, 'xiecha.xlsx', bytes, TODAY)
  const meta = { title: '协查函〔2022〕15号', source: '协查函', receivedOn: TODAY, dueOn: '2022-11-21' }
  list = (await importCountyList(db, preview, meta, CLERK)).list
  const rows = await listAllRows(db, list.id)
  await verifyRow(db, rows[0].id, 'already-screened', '11月18日已登记', CLERK)
  await verifyRow(db, rows[3].id, 'not-living-here', '在成都务工', CLERK)
})

afterEach(async () => {
  await db.delete()
})

function readBack(bytes: Uint8Array) {
  const workbook = read(bytes, { type: 'array', cellNF: true })
  const sheet = workbook.Sheets[workbook.SheetNames[0]]
  return { sheet, rows: utils.sheet_to_json<string[]>(sheet, { header: 1, raw: true, defval: '' }) }
}

describe('exportFeedback', () => {
  it('repeats the county’s columns in its order, then the result columns, one line per row', async () => {
    const { fileName, bytes } = await exportFeedback(db, list.id, CLERK, {}, TODAY)
    expect(fileName).toBe('协查函〔2022〕15号-核查反馈-2022-11-20.xlsx')
    const { rows } = readBack(bytes)
    expect(rows[0]).toEqual([...HEADERS, ...FEEDBACK_COLUMNS])
    expect(FEEDBACK_COLUMNS).toEqual(['核查结果', '核查情况说明', '所属村（社区）', '核查人', '核查时间'])
    expect(rows).toHaveLength(7)
    expect(rows[1].slice(0, 9)).toEqual([
      1,
      '张伟华',
      '男',
      '511826199003071234',
      '13812345678',
      '芦阳镇新华村一组',
      '重点地区来返',
      '2022-11-18 14:30',
      '新华村',
    ])
    expect(rows[1].slice(9, 13)).toEqual(['前期已排查', '11月18日已登记', '新华村', '陈文书'])
    expect(rows[1][13]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
    expect(rows[4].slice(9, 12)).toEqual(['不在本地居住', '在成都务工', '城东社区'])
    expect(rows[2].slice(9)).toEqual(['', '', '王家村', '', ''])
  })

  it('writes document numbers and phones as text cells formatted @, every digit intact', async () => {
    const { sheet } = readBack((await exportFeedback(db, list.id, CLERK, {}, TODAY)).bytes)
    for (const address of ['D2', 'D3', 'D5', 'E2', 'E3']) {
      expect(sheet[address], address).toMatchObject({ t: 's', z: '@' })
    }
    expect(sheet.D3.v).toBe('51010319950612244x')
    expect(sheet.D5.v).toBe('511826750815202')
    expect(sheet.D7.v).toBe('511826199201011000')
    expect(sheet.E3.v).toBe('+86 139 0000 2222')
  })

  it('puts a merged title row above the header when asked', async () => {
    const { sheet, rows } = readBack((await exportFeedback(db, list.id, CLERK, { titleRow: true }, TODAY)).bytes)
    expect(rows[0][0]).toBe('协查函〔2022〕15号 核查反馈')
    expect(rows[1]).toEqual([...HEADERS, ...FEEDBACK_COLUMNS])
    expect(sheet['!merges']).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: 13 } }])
  })

  it('refuses an unknown list', async () => {
    await expect(exportFeedback(db, 'cls_none', CLERK)).rejects.toMatchObject({
      problems: [{ code: 'countyList.notFound' }],
    })
  })

  it('writes the export to the audit log: who, which list, the file and how many rows', async () => {
    await exportFeedback(db, list.id, CLERK, {}, TODAY)
    const entry = (await db.audit.toArray()).find((e) => e.action === 'export')
    expect(entry).toMatchObject({
      actorId: CLERK.id,
      entity: 'countyList',
      entityId: list.id,
      summary: '协查函〔2022〕15号-核查反馈-2022-11-20.xlsx（6 行）',
    })
  })
})
