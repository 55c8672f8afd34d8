import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { listAudit } from '@/db/repositories/audit-repository'
import {
  createListWithRows,
  getList,
  listLists,
  listRows,
  villageProgress,
} from '@/db/repositories/county-list-repository'
import { assignVillages, recordVerification, setRowVillage } from '@/db/repositories/county-list-row-repository'
import { createVillage } from '@/db/repositories/village-repository'
import { newList, newRows, ROW_NAMES, villageInput } from '../../../fixtures/county-lists/lists'

const CLERK: Actor = { id: 'usr_clerk', name: '陈文书' }
let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})

afterEach(async () => {
  await db.delete()
})

const village = (code: string, name: string) => createVillage(db, villageInput(code, name), CLERK)

describe('createListWithRows', () => {
  it('stores the list and its rows in the county’s order, unverified and unassigned, with one audit line', async () => {
    const list = await createListWithRows(db, newList(), newRows(5), CLERK)
    expect(list).toMatchObject({ rowCount: 5, createdBy: CLERK.id, id: expect.stringMatching(/^cls_/) })
    expect(await getList(db, list.id)).toEqual(list)
    const page = await listRows(db, list.id, { page: 1, pageSize: 10 })
    expect(page.total).toBe(5)
    expect(page.items.map((r) => r.name)).toEqual(ROW_NAMES)
    expect(page.items[0]).toMatchObject({ listId: list.id, result: '', villageId: '', personId: '', match: 'none' })
    const audit = await listAudit(db, { entity: 'countyList', entityId: list.id, page: 1, pageSize: 10 })
    expect(audit.items.map((a) => [a.action, a.summary])).toEqual([
      ['import', '县指挥部协查函〔2022〕15号：5 行（xiecha.xlsx）'],
    ])
  })

  it('writes nothing when a row cannot be stored', async () => {
    // A function cannot be cloned into IndexedDB: the row is refused, and the list must not stay without it.
    const broken = [...newRows(2), { ...newRows(1)[0], cells: [() => 0] as unknown as string[] }]
    await expect(createListWithRows(db, newList(), broken, CLERK)).rejects.toThrow()
    expect(await db.countyLists.count()).toBe(0)
    expect(await db.countyListRows.count()).toBe(0)
    expect(await db.audit.count()).toBe(0)
  })
})

describe('listLists', () => {
  it('lists the newest received first, each with its progress', async () => {
    const older = await createListWithRows(db, newList({ receivedOn: '2022-11-18' }), newRows(2), CLERK)
    const newer = await createListWithRows(db, newList({ receivedOn: '2022-11-20' }), newRows(4), CLERK)
    const rows = await listRows(db, newer.id, { page: 1, pageSize: 10 })
    await recordVerification(db, rows.items[0].id, 'already-screened', '', CLERK)
    await recordVerification(db, rows.items[1].id, 'not-living-here', '在外务工', CLERK)
    const lists = await listLists(db)
    expect(lists.map((l) => l.id)).toEqual([newer.id, older.id])
    expect(lists[0].progress).toMatchObject({ total: 4, verified: 2 })
    expect(lists[0].progress.counts).toMatchObject({ unverified: 2, 'already-screened': 1, 'not-living-here': 1 })
    expect(lists[1].progress).toMatchObject({ total: 2, verified: 0 })
  })
})

describe('listRows', () => {
  it('filters by village, result (unverified = ""), both, and text; and pages', async () => {
    const xinhua = await village('511826100201', '新华村')
    const list = await createListWithRows(db, newList(), newRows(5), CLERK)
    const all = (await listRows(db, list.id, { page: 1, pageSize: 10 })).items
    await assignVillages(
      db,
      list.id,
      new Map([
        [all[0].id, xinhua.id],
        [all[1].id, xinhua.id],
      ]),
      CLERK,
    )
    await recordVerification(db, all[1].id, 'already-screened', '', CLERK)
    await recordVerification(db, all[2].id, 'wrong-information', '号码错一位', CLERK)
    const names = async (query: Parameters<typeof listRows>[2]) =>
      (await listRows(db, list.id, query)).items.map((r) => r.name)
    const page = { page: 1, pageSize: 10 }
    expect(await names({ ...page, villageId: xinhua.id })).toEqual(['张三', '李四'])
    expect(await names({ ...page, villageId: '' })).toEqual(['王五', '赵六', '陈七'])
    expect(await names({ ...page, result: '' })).toEqual(['张三', '赵六', '陈七'])
    expect(await names({ ...page, villageId: xinhua.id, result: '' })).toEqual(['张三'])
    expect(await names({ ...page, text: '号码' })).toEqual([])
    expect(await names({ ...page, text: '赵' })).toEqual(['赵六'])
    expect(await names({ ...page, text: '13800000004' })).toEqual(['陈七'])
    expect(await listRows(db, list.id, { page: 2, pageSize: 2 })).toMatchObject({ total: 5 })
    expect(await names({ page: 2, pageSize: 2 })).toEqual(['王五', '赵六'])
    const progress = await villageProgress(db, list.id)
    expect(progress.get(xinhua.id)).toMatchObject({ total: 2, verified: 1 })
    expect(progress.get('')).toMatchObject({ total: 3, verified: 1 })
  })
})

describe('row writes', () => {
  it('assigns a row to a village, audited, and refuses an unknown village', async () => {
    const qinglong = await village('511826100203', '青龙村')
    const list = await createListWithRows(db, newList(), newRows(1), CLERK)
    const [row] = (await listRows(db, list.id, { page: 1, pageSize: 1 })).items
    const updated = await setRowVillage(db, row.id, qinglong.id, CLERK)
    expect(updated).toMatchObject({ villageId: qinglong.id, updatedBy: CLERK.id })
    await expect(setRowVillage(db, row.id, 'vil_nowhere', CLERK)).rejects.toBeInstanceOf(ValidationError)
    const audit = await listAudit(db, { entity: 'countyList', entityId: list.id, page: 1, pageSize: 10 })
    expect(audit.items[0].summary).toMatch(/^第 3 行 张三 511826\*{8}\d{3}[\dX]：分配到青龙村$/)
    expect(audit.items[0].changes).toEqual({ villageId: { before: '', after: qinglong.id } })
  })

  it('records a result with note, who and when; clearing it removes who and when; every change audited', async () => {
    const list = await createListWithRows(db, newList(), newRows(1), CLERK)
    const [row] = (await listRows(db, list.id, { page: 1, pageSize: 1 })).items
    const verified = await recordVerification(db, row.id, 'outside-window', ' 10月已返回 ', CLERK)
    expect(verified).toMatchObject({
      result: 'outside-window',
      note: '10月已返回',
      verifiedBy: CLERK.id,
      verifiedByName: '陈文书',
      verifiedAt: expect.any(Number),
    })
    const cleared = await recordVerification(db, row.id, '', '', CLERK)
    expect(cleared.result).toBe('')
    expect(cleared.verifiedAt).toBeUndefined()
    const audit = await listAudit(db, { entity: 'countyList', entityId: list.id, page: 1, pageSize: 10 })
    expect(audit.items.map((a) => a.summary.split('：')[1])).toEqual([
      '撤销核查结果',
      '核查结果 超过排查期',
      expect.any(String),
    ])
    expect(audit.items[1].changes).toEqual({
      result: { before: '', after: 'outside-window' },
      note: { before: '', after: '10月已返回' },
    })
    await expect(recordVerification(db, 'clr_none', 'outside-window', '', CLERK)).rejects.toBeInstanceOf(
      ValidationError,
    )
  })
})
