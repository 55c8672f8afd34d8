import { describe, expect, it } from 'vitest'
import { registrationsByKind, screenedBefore } from '@/domain/figures/figure-counts'
import type { CommandPostDatabase } from '@/db/database'
import { registrationsBefore, registrationsBetween, villagesOfPeople } from '@/db/repositories/figure-repository'
import { buildPersonRow } from '@/db/person-row'
import type { Episode, Person } from '@/domain/person/person'
import { NOW, seedFiguresEachTest } from '../../../fixtures/figures'
import { episodeFields, personFields } from '../../../fixtures/people'

let db: CommandPostDatabase
seedFiguresEachTest((opened) => (db = opened))

describe('registrationsBefore (累计排查: the maintained tallies less the recent [kind+createdAt] count)', () => {
  it('equals a recount of every episode by category, before each registration instant and after the last', async () => {
    const episodes = await db.episodes.toArray()
    expect(episodes.length).toBeGreaterThan(3)
    const instants = [...episodes.map((e) => e.createdAt), NOW, 0]
    for (const at of instants)
      expect(await registrationsBefore(db, at), `before ${at}`).toEqual(screenedBefore(episodes, at))
  })

  it('follows episodes written, changed in category and deleted', async () => {
    const [first, second] = await db.episodes.toArray()
    await db.episodes.put({ ...first, kind: first.kind === 'inbound' ? 'returnee' : 'inbound' })
    await db.episodes.delete(second.id)
    await db.episodes.add({ ...second, id: `${second.id}_again`, kind: 'county-list', createdAt: NOW - 1 })
    const episodes = await db.episodes.toArray()
    expect(await registrationsBefore(db, NOW)).toEqual(screenedBefore(episodes, NOW))
  })
})

describe('registrationsBetween (新增登记: day counters for whole days, [kind+createdAt] counts for the rest)', () => {
  it('equals the episodes registered in [from, to) counted by category, for spans between registrations and midnights', async () => {
    const episodes = await db.episodes.toArray()
    const midnight = (at: number) => new Date(new Date(at).setHours(0, 0, 0, 0)).getTime()
    const midnights = episodes.flatMap((e) => [midnight(e.createdAt), midnight(e.createdAt) + 86_400_000])
    const instants = [0, ...[...episodes.map((e) => e.createdAt), ...midnights].sort((a, b) => a - b), NOW]
    for (const from of instants)
      for (const to of instants.filter((t) => t >= from)) {
        const expected = registrationsByKind(episodes.filter((e) => e.createdAt >= from && e.createdAt < to))
        expect(await registrationsBetween(db, from, to), `[${from}, ${to})`).toEqual(expected)
      }
  })
  it('counts a registration moved to another day, and a span of more days than it reads counters for', async () => {
    const [first] = await db.episodes.toArray()
    const moved = first.createdAt - 3 * 86_400_000
    await db.episodes.update(first.id, { createdAt: moved })
    const episodes = await db.episodes.toArray()
    const expected = (from: number, to: number) =>
      registrationsByKind(episodes.filter((e) => e.createdAt >= from && e.createdAt < to))
    const week = [moved - 7 * 86_400_000, NOW + 86_400_000] as const
    expect(await registrationsBetween(db, ...week)).toEqual(expected(...week))
    expect(await registrationsBetween(db, 0, NOW)).toEqual(expected(0, NOW))
  })
})

describe('villagesOfPeople', () => {
  const stamps = { createdAt: 1, createdBy: 'usr_a', updatedAt: 1, updatedBy: 'usr_a' }
  const listed = (id: string, villageId: string, more: Partial<Person> = {}) => {
    const person: Person = { id, ...personFields({ villageId }), ...stamps, ...more }
    const episode: Episode = { id: `epi_${id}`, personId: id, ...episodeFields(), ...stamps }
    return buildPersonRow(person, [episode])
  }

  it('reads each person’s village, retired or not, and none for an unknown id', async () => {
    const village = { id: 'vil_fig_a', name: '甲村' }
    await db.villages.add(village as never)
    await db.persons.bulkAdd([
      listed('per_v1', village.id),
      listed('per_v2', village.id),
      listed('per_none', ''),
      listed('per_gone', 'vil_deleted'),
      listed('per_retired', village.id, { retiredAt: 5, retiredBy: 'usr_a', retiredReason: '登记错误' }),
    ])
    const ids = ['per_v1', 'per_v2', 'per_none', 'per_gone', 'per_retired', 'per_unknown', 'per_v1']
    const expected = new Map([
      ['per_v1', village.id],
      ['per_v2', village.id],
      ['per_none', ''],
      ['per_gone', 'vil_deleted'],
      ['per_retired', village.id],
      ['per_unknown', ''],
    ])
    expect(await villagesOfPeople(db, ids)).toEqual(expected)
  })
})
