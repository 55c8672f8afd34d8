import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { buildPersonRow } from '@/db/person-row'
import { countPeopleByVillage } from '@/db/repositories/map-counts-repository'
import type { Episode, Person } from '@/domain/person/person'
import { episodeFields, personFields } from '../../../fixtures/people'

let db: CommandPostDatabase
beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})
afterEach(async () => {
  await db.delete()
})

const stamps = { createdAt: 1, createdBy: 'usr_t', updatedAt: 1, updatedBy: 'usr_t' }
function row(id: string, villageId: string, arrivalDate: string, more: Partial<Person> = {}) {
  const person: Person = { id, ...personFields({ villageId }), ...stamps, ...more }
  const episode: Episode = { id: `epi_${id}`, personId: id, ...episodeFields({ arrivalDate }), ...stamps }
  return buildPersonRow(person, [episode])
}

describe('countPeopleByVillage (the map: people on the register per village)', () => {
  it('counts the listed people of each village asked, whatever their arrival day; retired and merged people do not count', async () => {
    await db.persons.bulkAdd([
      row('p1', 'vil_a', '2022-07-01'),
      row('p2', 'vil_a', '2022-07-09'),
      row('p3', 'vil_a', ''),
      row('p4', 'vil_b', '2022-07-02'),
      row('p5', 'vil_b', '2022-07-03', { retiredAt: 5, retiredBy: 'usr_t' }),
      row('p6', 'vil_b', '2022-07-03', { mergedInto: 'p4' }),
      row('p7', 'vil_c', '2022-07-03'),
    ])
    const counts = await countPeopleByVillage(db, ['vil_b', 'vil_a', 'vil_empty'])
    expect([...counts]).toEqual([
      ['vil_b', 1],
      ['vil_a', 3],
      ['vil_empty', 0],
    ])
    expect(await countPeopleByVillage(db, [])).toEqual(new Map())
  })
})
