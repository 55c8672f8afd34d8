import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import type { PeopleSheetMapping } from '@/domain/person/import-mapping'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { findMappingBySource, listMappingSources, saveMapping } from '@/db/repositories/import-mapping-repository'

const CLERK: Actor = { id: 'usr_clerk', name: '陈文书' }
const OTHER: Actor = { id: 'usr_other', name: '李值班' }
const MAPPING: PeopleSheetMapping = {
  columns: { 姓名: 'name', 身份证号: 'documentNumber' },
  polarity: 'zero-means-yes',
  ignored: ['序号'],
  defaultKind: 'incoming',
}
let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})

afterEach(async () => {
  await db.delete()
})

describe('import mappings', () => {
  it('remembers a mapping per source and finds it by the source’s name', async () => {
    const saved = await saveMapping(db, ' 青龙村 ', MAPPING, CLERK)
    expect(saved).toMatchObject({ source: '青龙村', ...MAPPING, createdBy: CLERK.id, updatedBy: CLERK.id })
    expect(saved.id).toMatch(/^map_/)
    expect(await findMappingBySource(db, '青龙村')).toEqual(saved)
    expect(await findMappingBySource(db, '新华村')).toBeUndefined()
  })

  it('replaces the mapping of a source, keeping its id and creation', async () => {
    const first = await saveMapping(db, '青龙村', MAPPING, CLERK)
    const second = await saveMapping(db, '青龙村', { ...MAPPING, polarity: 'normal' }, OTHER)
    expect(second).toMatchObject({ id: first.id, createdBy: CLERK.id, updatedBy: OTHER.id, polarity: 'normal' })
    expect(await db.importMappings.count()).toBe(1)
  })

  it('lists the sources by name', async () => {
    await saveMapping(db, '青龙村', MAPPING, CLERK)
    await saveMapping(db, '县指挥部协查函', MAPPING, CLERK)
    expect(await listMappingSources(db)).toEqual(['县指挥部协查函', '青龙村'].sort())
  })
})
