import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError, type Problem } from '@/domain/common/result'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { listAudit } from '@/db/repositories/audit-repository'
import { listAllRows, listLists } from '@/db/repositories/county-list-repository'
import { createPersonWithEpisode } from '@/db/repositories/person-repository'
import {
  importCountyList,
  previewCountyList,
  rematchCountyList,
  type CountyListMeta,
} from '@/services/county-lists/import-list-service'
import { seedRegister } from '../../../fixtures/county-lists/register'
import { episodeFields, personFields } from '../../../fixtures/people'

// The fixtures are described in test/fixtures/county-lists/make-fixtures.mjs.
const fixture = (name: string) => new Uint8Array(readFileSync(resolve('test/fixtures/county-lists', name)))
const CLERK: Actor = { id: 'usr_clerk', name: '陈文书' }
const TODAY = '2022-11-20'
const META: CountyListMeta = {
  title: '协查函〔2022〕15号',
  source: '协查函',
  receivedOn: '2022-11-20',
  dueOn: '2022-11-21',
}
const HEADERS = ['序号', '姓名', '性别', '身份证号码', '手机号码', '现居住地', '推送原因', '抵达时间', '所属村（社区）']
let db: CommandPostDatabase
let seeded: Awaited<ReturnType<typeof seedRegister>>

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
  seeded = await seedRegister(db, CLERK)
})

afterEach(async () => {
  await db.delete()
})

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).problems.map((p: Problem) => p.code)
}

describe('previewCountyList', () => {
  it('reads the county’s xlsx: the sheet with the header, every column, dates as dates; writes nothing', async () => {
    const before = await db.audit.count()
    const preview = await previewCountyList(db, 'xiecha.xlsx', fixture('xiecha.xlsx'), TODAY)
    const { sheet } = preview
    expect(sheet.title).toContain('协查函〔2022〕15号')
    expect(sheet.headers).toEqual(HEADERS)
    expect(sheet.columns).toEqual({ name: 1, documentNumber: 3, phone: 4, address: 5, village: 8 })
    expect(sheet.rows.map((r) => [r.rowNumber, r.name])).toEqual([
      [3, '张伟华'],
      [4, '李娜'],
      [5, '王强'],
      [6, '赵敏'],
      [7, '陈刚'],
      [8, '刘洋'],
    ])
    expect(sheet.rows[0].cells[7]).toBe('2022-11-18 14:30')
    expect(sheet.rows[1]).toMatchObject({ phone: '13900002222', documentNumber: expect.stringMatching(/^\d{17}X$/) })
    expect(sheet.rows[2].phone).toBe('13990001111')
    expect(sheet.rows[5].documentCheck).toBe('damaged')
    expect(sheet.skipped).toEqual([
      { rowNumber: 9, reason: 'blank' },
      { rowNumber: 10, reason: 'total' },
    ])
    expect(preview.doubtfulNumbers).toBe(1)
    expect(await db.audit.count()).toBe(before)
  })

  it('reads the GBK CSV variant the same way, without the village column', async () => {
    const { sheet } = await previewCountyList(db, 'xiecha-gbk.csv', fixture('xiecha-gbk.csv'), TODAY)
    expect(sheet.headers).toEqual(HEADERS.slice(0, 8))
    expect(sheet.rows.map((r) => r.name)).toEqual(['张伟华', '李娜', '王强', '赵敏', '陈刚', '刘洋'])
    expect(sheet.rows[0].cells[7]).toBe('2022/11/18 14:30')
    expect(sheet.rows[5]).toMatchObject({ documentNumber: '5.11826E+17', documentCheck: 'damaged' })
  })

  it('reads a merged two-row header: group cells joined with their sub-headers, data from the row below', async () => {
    const { sheet } = await previewCountyList(db, 'xiecha-two-row.xlsx', fixture('xiecha-two-row.xlsx'), TODAY)
    expect(sheet.headers).toEqual([
      '序号',
      '姓名',
      '身份证号码',
      '联系方式/手机号码',
      '联系方式/固定电话',
      '居住信息/所属村（社区）',
      '居住信息/现住址',
    ])
    expect(sheet.columns).toEqual({ name: 1, documentNumber: 2, phone: 3, village: 5, address: 6 })
    expect(sheet.rows.map((r) => [r.rowNumber, r.name, r.villageText])).toEqual([
      [4, '张伟华', '新华村'],
      [5, '陈刚', ''],
    ])
  })

  it('says when a file of the same name and size was imported before', async () => {
    const first = await previewCountyList(db, 'xiecha.xlsx', fixture('xiecha.xlsx'), TODAY)
    expect(first.sameAs).toBeUndefined()
    const { list } = await importCountyList(db, first, META, CLERK)
    const again = await previewCountyList(db, 'xiecha.xlsx', fixture('xiecha.xlsx'), TODAY)
    expect(again.sameAs).toEqual({ id: list.id, title: META.title, receivedOn: META.receivedOn })
  })
})

describe('importCountyList', () => {
  it('stores the list, matches the register and places each row in a village', async () => {
    const preview = await previewCountyList(db, 'xiecha.xlsx', fixture('xiecha.xlsx'), TODAY)
    const summary = await importCountyList(db, preview, META, CLERK)
    expect(summary.match).toMatchObject({ document: 2, namePhone: 1, none: 3 })
    expect(summary.assigned).toBe(6)
    expect(summary.list).toMatchObject({ ...META, fileName: 'xiecha.xlsx', headers: HEADERS, rowCount: 6 })
    const { villages: v, people: p } = seeded
    const rows = await listAllRows(db, summary.list.id)
    expect(rows.map((r) => [r.name, r.match, r.personId, r.villageId])).toEqual([
      ['张伟华', 'document', p.zhang.id, v.xinhua.id], // the county's column
      ['李娜', 'none', '', v.wangjia.id], // the county's 王家, without its suffix
      ['王强', 'name-phone', p.wang.id, v.wangjia.id], // the register's village
      ['赵敏', 'document', p.zhao.id, v.chengdong.id], // 城东社区居委会; the old 15-digit number
      ['陈刚', 'none', '', v.qinglong.id], // the address
      ['刘洋', 'none', '', v.chengdong.id], // the address
    ])
    const audit = await listAudit(db, { entity: 'countyList', entityId: summary.list.id, page: 1, pageSize: 5 })
    expect(audit.items.map((a) => a.action)).toEqual(['import'])
    expect((await listLists(db))[0].progress).toMatchObject({ total: 6, verified: 0 })
  })

  it('places the CSV’s rows by the register and the address when there is no village column', async () => {
    const preview = await previewCountyList(db, 'xiecha-gbk.csv', fixture('xiecha-gbk.csv'), TODAY)
    const { list } = await importCountyList(db, preview, META, CLERK)
    const { xinhua, wangjia, chengdong, qinglong } = seeded.villages
    expect((await listAllRows(db, list.id)).map((r) => r.villageId)).toEqual([
      xinhua.id,
      wangjia.id,
      wangjia.id,
      chengdong.id,
      qinglong.id,
      chengdong.id,
    ])
  })

  it('refuses missing details, a refused sheet or no person rows, and writes nothing', async () => {
    const preview = await previewCountyList(db, 'xiecha.xlsx', fixture('xiecha.xlsx'), TODAY)
    const bad = { title: ' ', source: '', receivedOn: '', dueOn: '2022-13-01' }
    expect(await problemsOf(importCountyList(db, preview, bad, CLERK))).toEqual([
      'countyList.titleRequired',
      'countyList.receivedOnRequired',
      'countyList.dueOnInvalid',
    ])
    const early = { ...META, dueOn: '2022-11-19' }
    expect(await problemsOf(importCountyList(db, preview, early, CLERK))).toEqual(['countyList.dueBeforeReceived'])
    const noHeader = await previewCountyList(db, 'note.csv', new TextEncoder().encode('县里的通知\n请核查\n'), TODAY)
    expect(await problemsOf(importCountyList(db, noHeader, META, CLERK))).toEqual(['countyList.noHeader'])
    const noRows = await previewCountyList(db, 'header.csv', new TextEncoder().encode('姓名,身份证号码\n,\n'), TODAY)
    expect(await problemsOf(importCountyList(db, noRows, META, CLERK))).toEqual(['countyList.nothingToImport'])
    expect(await db.countyLists.count()).toBe(0)
    expect(await db.countyListRows.count()).toBe(0)
  })
})

describe('rematchCountyList', () => {
  it('finds people registered since and places rows still without a village', async () => {
    const preview = await previewCountyList(db, 'xiecha-gbk.csv', fixture('xiecha-gbk.csv'), TODAY)
    const { list } = await importCountyList(db, preview, META, CLERK)
    const [, li] = await listAllRows(db, list.id)
    await db.countyListRows.update(li.id, { villageId: '' })
    const fields = personFields({
      name: '李娜',
      documentNumber: li.documentNumber,
      villageId: seeded.villages.qinglong.id,
    })
    const { person } = await createPersonWithEpisode(db, fields, episodeFields(), CLERK)
    const summary = await rematchCountyList(db, list.id, CLERK)
    expect(summary).toMatchObject({ document: 3, changed: 1, assigned: 1 })
    expect((await listAllRows(db, list.id))[1]).toMatchObject({
      personId: person.id,
      match: 'document',
      villageId: seeded.villages.qinglong.id,
    })
  })
})
