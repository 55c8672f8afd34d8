import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import type { CountyList, CountyListRow } from '@/domain/county-list/county-list'
import { missedRegistrationForm } from '@/domain/county-list/missed-registration'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { listAudit } from '@/db/repositories/audit-repository'
import { listAllRows, listLists } from '@/db/repositories/county-list-repository'
import { listEpisodes } from '@/db/repositories/episode-repository'
import { importCountyList, previewCountyList } from '@/services/county-lists/import-list-service'
import { registerMissed, verifyRow } from '@/services/county-lists/verify-service'
import { seedRegister } from '../../../fixtures/county-lists/register'

const CLERK: Actor = { id: 'usr_clerk', name: '陈文书' }
const TODAY = '2022-11-20'
const META = { title: '协查函〔2022〕15号', source: '协查函', receivedOn: TODAY, dueOn: '' }
let db: CommandPostDatabase
let seeded: Awaited<ReturnType<typeof seedRegister>>
let list: CountyList
let rows: CountyListRow[]

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
  seeded = await seedRegister(db, CLERK)
  const bytes = new Uint8Array(readFileSync(resolve('test/fixtures/county-lists/xiecha.xlsx')))
  list = (await importCountyList(db, await previewCountyList(db, 'xiecha.xlsx', bytes, TODAY), META, CLERK)).list
  rows = await listAllRows(db, list.id)
})

afterEach(async () => {
  await db.delete()
})

const rowNamed = (name: string) => rows.find((r) => r.name === name)!

describe('verifyRow', () => {
  it('records the result and note, counted in the progress and written to the audit log', async () => {
    const row = await verifyRow(db, rowNamed('张伟华').id, 'already-screened', '11月18日已登记', CLERK)
    expect(row).toMatchObject({ result: 'already-screened', note: '11月18日已登记', verifiedByName: '陈文书' })
    expect((await listLists(db))[0].progress).toMatchObject({ verified: 1, total: 6 })
    const [line] = (await listAudit(db, { entity: 'countyList', entityId: list.id, page: 1, pageSize: 1 })).items
    expect(line).toMatchObject({ action: 'update', actorName: '陈文书' })
    expect(line.summary).toMatch(/^第 3 行 张伟华 511826\*{8}1234：核查结果 前期已排查$/)
  })

  it('refuses "missed, now registered" for a row whose person is not in the register', async () => {
    const refused = verifyRow(db, rowNamed('陈刚').id, 'missed-now-registered', '', CLERK)
    await expect(refused).rejects.toBeInstanceOf(ValidationError)
    await expect(refused).rejects.toMatchObject({ problems: [{ code: 'countyList.registerFirst' }] })
    expect((await listAllRows(db, list.id)).every((r) => r.result === '')).toBe(true)
  })
})

describe('registerMissed', () => {
  it('registers the person with a county-list episode, and links and verifies the row', async () => {
    const row = rowNamed('陈刚')
    const form = { ...missedRegistrationForm(row, list), arrivalDate: '2022-11-19', origin: '成都市', note: '补登' }
    const people = await db.persons.count()
    const { row: linked, registration } = await registerMissed(db, row.id, form, CLERK, TODAY)
    expect(registration.outcome).toBe('new-person')
    expect(registration.person).toMatchObject({
      name: '陈刚',
      documentNumber: row.documentNumber,
      phones: ['13600004444'],
      villageId: seeded.villages.qinglong.id,
      address: '芦山县芦阳镇青龙村三组12号',
      sex: 'male',
    })
    expect(await db.persons.count()).toBe(people + 1)
    const [episode] = await listEpisodes(db, registration.person.id)
    expect(episode).toMatchObject({
      kind: 'county-list',
      source: 'county-list',
      sourceRef: `${list.id}#7`,
      arrivalDate: '2022-11-19',
    })
    expect(linked).toMatchObject({
      personId: registration.person.id,
      match: 'registered',
      result: 'missed-now-registered',
      note: '补登',
    })
    const audit = await db.audit.toArray()
    expect(audit.map((a) => a.entity)).toEqual(expect.arrayContaining(['person', 'episode', 'countyList']))
  })

  it('adds an episode to a person already registered under the number, instead of a second person', async () => {
    const row = rowNamed('张伟华')
    const { registration } = await registerMissed(db, row.id, missedRegistrationForm(row, list), CLERK, TODAY)
    expect(registration).toMatchObject({ outcome: 'new-episode', person: { id: seeded.people.zhang.id } })
  })

  it('writes nothing when the registration is refused', async () => {
    const row = rowNamed('陈刚')
    const before = { people: await db.persons.count(), audit: await db.audit.count() }
    const form = { ...missedRegistrationForm(row, list), name: '' }
    await expect(registerMissed(db, row.id, form, CLERK, TODAY)).rejects.toMatchObject({
      problems: [{ code: 'person.name.required' }],
    })
    expect({ people: await db.persons.count(), audit: await db.audit.count() }).toEqual(before)
    expect((await db.countyListRows.get(row.id))?.result).toBe('')
  })
})
