import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { upgradeFifteenDigitId } from '@/domain/person/id-number'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { listAudit } from '@/db/repositories/audit-repository'
import { matchRows } from '@/db/repositories/county-list-matching'
import { createListWithRows, listAllRows } from '@/db/repositories/county-list-repository'
import { mergePersonInto } from '@/db/repositories/merge-repository'
import { createPersonWithEpisode, setPersonRetired } from '@/db/repositories/person-repository'
import { newList, newRows } from '../../../fixtures/county-lists/lists'
import { episodeFields, personFields, residentId } from '../../../fixtures/people'

const CLERK: Actor = { id: 'usr_clerk', name: '陈文书' }
let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})

afterEach(async () => {
  await db.delete()
})

async function register(more: Parameters<typeof personFields>[0]) {
  return (await createPersonWithEpisode(db, personFields(more), episodeFields(), CLERK)).person
}

async function importRows(rows = newRows(5)) {
  const list = await createListWithRows(db, newList(), rows, CLERK)
  return { list, rows: () => listAllRows(db, list.id) }
}

describe('matchRows', () => {
  it('links rows by document number, else by name and phone, and says how', async () => {
    const [zhang, li, wang] = newRows(3)
    const byNumber = await register({ name: '张三', documentNumber: zhang.documentNumber, phones: [] })
    // The county has 李四's number wrong; the register has her under the right one with the same phone.
    const byPhone = await register({ name: '李四', documentNumber: residentId('19900101', '999'), phones: [li.phone] })
    // Same name, another phone: not 王五.
    await register({ name: '王五', documentNumber: residentId('19800101', '999'), phones: ['13999999999'] })
    const { list, rows } = await importRows()
    const summary = await matchRows(db, list.id, CLERK)
    expect(summary).toEqual({ document: 1, namePhone: 1, none: 3, changed: 2 })
    const byName = new Map((await rows()).map((r) => [r.name, r]))
    expect(byName.get('张三')).toMatchObject({ personId: byNumber.id, match: 'document' })
    expect(byName.get('李四')).toMatchObject({ personId: byPhone.id, match: 'name-phone' })
    expect(byName.get(wang.name)).toMatchObject({ personId: '', match: 'none' })
    const audit = await listAudit(db, { entity: 'countyList', entityId: list.id, page: 1, pageSize: 1 })
    expect(audit.items[0].summary).toContain('按证件号码 1 行，按姓名和电话 1 行，未匹配 3 行')
  })

  it('finds a person registered with the 18-digit form of the county’s old 15-digit number', async () => {
    const upgraded = upgradeFifteenDigitId('511826750815202')
    const person = await register({ name: '赵敏', documentNumber: upgraded, phones: [] })
    const { list, rows } = await importRows([{ ...newRows(1)[0], name: '赵敏', documentNumber: upgraded }])
    await matchRows(db, list.id, CLERK)
    expect((await rows())[0]).toMatchObject({ personId: person.id, match: 'document' })
  })

  it('follows a merged record to the person it became, and matches no retired person', async () => {
    const [zhang, li] = newRows(2)
    const kept = await register({ name: '张三', documentNumber: residentId('19900101', '555'), phones: [] })
    const merged = await register({ name: '张三', documentNumber: zhang.documentNumber, phones: [] })
    await mergePersonInto(db, kept.id, merged.id, CLERK)
    const retired = await register({ name: '李四', documentNumber: li.documentNumber, phones: [li.phone] })
    await setPersonRetired(db, retired.id, { reason: '重复录入' }, CLERK)
    const { list, rows } = await importRows(newRows(2))
    await matchRows(db, list.id, CLERK)
    expect((await rows()).map((r) => [r.personId, r.match])).toEqual([
      [kept.id, 'document'],
      ['', 'none'],
    ])
  })

  it('leaves an ambiguous name + phone unmatched', async () => {
    const [zhang] = newRows(1)
    await register({ name: '张三', documentNumber: residentId('19700101', '111'), phones: [zhang.phone] })
    await register({ name: '张三', documentNumber: residentId('19700101', '113'), phones: [zhang.phone] })
    const { list } = await importRows([{ ...zhang, documentNumber: '' }])
    expect(await matchRows(db, list.id, CLERK)).toMatchObject({ namePhone: 0, none: 1 })
  })

  it('finds people registered since, keeps earlier links, and writes nothing when nothing changed', async () => {
    const [zhang, li] = newRows(2)
    const first = await register({ name: '张三', documentNumber: zhang.documentNumber, phones: [] })
    const { list, rows } = await importRows(newRows(2))
    await matchRows(db, list.id, CLERK)
    const auditBefore = await db.audit.count()
    expect(await matchRows(db, list.id, CLERK)).toMatchObject({ changed: 0 })
    expect(await db.audit.count()).toBe(auditBefore)
    const later = await register({ name: '李四', documentNumber: li.documentNumber, phones: [] })
    expect(await matchRows(db, list.id, CLERK)).toMatchObject({ document: 2, changed: 1 })
    expect((await rows()).map((r) => r.personId)).toEqual([first.id, later.id])
  })
})
