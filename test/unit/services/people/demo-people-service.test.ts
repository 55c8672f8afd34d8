import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SYSTEM_ACTOR } from '@/domain/accounts/user'
import { generateDemoTownship } from '@/domain/demo/demo-township'
import type { Village } from '@/domain/township/village'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { listOpenReviews } from '@/db/repositories/duplicate-repository'
import { listPeople } from '@/db/repositories/person-list-repository'
import { createVillage } from '@/db/repositories/village-repository'
import { addDemoPeople } from '@/services/people/demo-people-service'

const TODAY = '2021-01-25'
let db: CommandPostDatabase
let villages: Village[]

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
  villages = []
  for (const input of generateDemoTownship().villages) villages.push(await createVillage(db, input, SYSTEM_ACTOR))
})

afterEach(async () => {
  await db.delete()
})

describe('addDemoPeople', () => {
  it('adds the demo people as listed rows and queues their two likely duplicates', async () => {
    const result = await addDemoPeople(db, villages, SYSTEM_ACTOR, TODAY)
    expect(result.people).toBe(await db.persons.count())
    expect(result.reviews).toBe(2)
    expect((await listOpenReviews(db)).map((r) => r.reasons.join('+')).sort()).toEqual([
      'nameBirthDate',
      'namePhone+nameBirthDate+documentOneOff',
    ])
    const page = await listPeople(db, { page: 1, pageSize: 20 })
    expect(page.total).toBe(result.people)
    expect(page.items[0].latestArrival <= TODAY).toBe(true)
    const flagged = await listPeople(db, { page: 1, pageSize: 20, needsChecking: true })
    expect(flagged.total).toBeGreaterThanOrEqual(3)
    const contacts = await listPeople(db, { page: 1, pageSize: 50, kind: 'secondary-contact', sort: 'name' })
    expect(contacts.items.every((p) => p.episodeKinds.includes('secondary-contact'))).toBe(true)
  })
})
