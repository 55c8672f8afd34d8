import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Episode, EpisodeKind } from '@/domain/person/person'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import type { PersonRow } from '@/db/person-row'
import {
  PERSON_ROWS_KEY,
  REGISTRATION_DAY_PREFIX,
  tallyKey,
  VILLAGE_PEOPLE_PREFIX,
  villagePeopleKey,
} from '@/db/tallies'
import { writeWithAudit } from '@/db/write'
import { EPISODES } from '../../fixtures/figures'

const ADMIN = { id: 'usr_admin', name: '管理员' }

let db: CommandPostDatabase
beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})
afterEach(async () => {
  await db.delete()
})

const episode = (id: string, kind: EpisodeKind): Episode => ({ ...EPISODES[0], id, kind })

/**
 * The tallies as stored, without the zero counters a category left behind: the categories' (v20), or with
 * `days` every counter, the categories' per day of registration (v23) too.
 */
async function stored(days = false): Promise<Record<string, number>> {
  const rows = (await db.tallies.toArray()).filter((r) => days || !r.key.startsWith(REGISTRATION_DAY_PREFIX))
  return Object.fromEntries(rows.filter((r) => r.count !== 0).map((r) => [r.key, r.count]))
}

/** Every counter recounted by a walk of every episode: by category, and by category and local day. */
async function recounted(): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  for (const e of await db.episodes.toArray()) {
    const d = new Date(e.createdAt)
    const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    for (const key of [tallyKey('episodes', 'kind', e.kind), `episodes.kindDay:${e.kind}|${day}`])
      out[key] = (out[key] ?? 0) + 1
  }
  return out
}

describe('the tally middleware (episodes by category, v20)', () => {
  it('counts adds, puts that change or keep the category, deletes, modify and clear', async () => {
    await db.episodes.bulkAdd([episode('e1', 'returnee'), episode('e2', 'returnee'), episode('e3', 'inbound')])
    expect(await stored()).toEqual({ 'episodes.kind:returnee': 2, 'episodes.kind:inbound': 1 })
    await db.episodes.put(episode('e1', 'close-contact'))
    await db.episodes.put(episode('e2', 'returnee'))
    await db.episodes.put(episode('e4', 'incoming'))
    expect(await stored(true)).toEqual(await recounted())
    expect(await stored()).toEqual({
      'episodes.kind:returnee': 1,
      'episodes.kind:inbound': 1,
      'episodes.kind:close-contact': 1,
      'episodes.kind:incoming': 1,
    })
    await db.episodes.where('id').equals('e3').modify({ kind: 'county-list' })
    await db.episodes.update('e4', { kind: 'returnee' })
    await db.episodes.bulkDelete(['e1', 'missing'])
    expect(await stored(true)).toEqual(await recounted())
    await db.episodes.where('id').between('e2', 'e3', true, true).delete()
    expect(await stored(true)).toEqual(await recounted())
    await db.episodes.clear()
    expect(await stored(true)).toEqual({})
  })

  it('counts each category per local day of registration, and moves a registration whose instant changes', async () => {
    const morning = new Date(2022, 6, 9, 8).getTime()
    const late = new Date(2022, 6, 9, 23, 59).getTime()
    const next = new Date(2022, 6, 10, 0, 0).getTime()
    await db.episodes.bulkAdd([
      { ...episode('e1', 'returnee'), createdAt: morning },
      { ...episode('e2', 'returnee'), createdAt: late },
      { ...episode('e3', 'inbound'), createdAt: next },
    ])
    expect(await stored(true)).toMatchObject({
      'episodes.kindDay:returnee|2022-07-09': 2,
      'episodes.kindDay:inbound|2022-07-10': 1,
    })
    await db.episodes.update('e2', { createdAt: next })
    expect(await stored(true)).toMatchObject({
      'episodes.kindDay:returnee|2022-07-09': 1,
      'episodes.kindDay:returnee|2022-07-10': 1,
    })
    expect(await stored(true)).toEqual(await recounted())
  })

  it('counts writes made in an explicit transaction that never named the tallies (writeWithAudit)', async () => {
    await writeWithAudit(db, ADMIN, [db.persons, db.episodes], async () => {
      await db.episodes.add(episode('e1', 'returnee'))
      await db.episodes.bulkAdd([episode('e2', 'inbound'), episode('e3', 'inbound')])
    })
    expect(await stored()).toEqual({ 'episodes.kind:returnee': 1, 'episodes.kind:inbound': 2 })
  })

  it('keeps two bulk writes sent together in one transaction apart (no lost update)', async () => {
    const many = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => episode(`${prefix}${i}`, 'returnee'))
    await db.transaction('rw', db.episodes, () =>
      Promise.all([
        db.episodes.bulkAdd(many('a', 50)),
        db.episodes.bulkAdd(many('b', 70)),
        db.episodes.add(episode('c', 'returnee')),
      ]),
    )
    expect(await stored()).toEqual({ 'episodes.kind:returnee': 121 })
  })

  it('rolls the counts back with a transaction that fails', async () => {
    await db.episodes.add(episode('e1', 'returnee'))
    await expect(
      db.transaction('rw', db.episodes, async () => {
        await db.episodes.add(episode('e2', 'returnee'))
        throw new Error('中途失败')
      }),
    ).rejects.toThrow('中途失败')
    expect(await stored()).toEqual({ 'episodes.kind:returnee': 1 })
  })

  it('counts only the rows a partly failing bulkAdd wrote', async () => {
    await db.episodes.add(episode('e1', 'returnee'))
    await expect(
      db.episodes.bulkAdd([episode('e1', 'returnee'), episode('e2', 'inbound'), episode('e3', 'returnee')]),
    ).rejects.toBeInstanceOf(Dexie.BulkError)
    expect(await stored(true)).toEqual(await recounted())
    expect(await stored()).toEqual({ 'episodes.kind:returnee': 2, 'episodes.kind:inbound': 1 })
  })

  it('leaves the other registers alone', async () => {
    await db.villages.add({ id: 'v1', code: '511826100201', name: '青龙村' } as never)
    await db.orders.add({ id: 'o1', state: 'open', deadline: 1 } as never)
    expect(await db.tallies.count()).toBe(0)
  })
})

describe('the tally middleware (person rows, and listed people by village, v24)', () => {
  const person = (id: string, villageId: string, listed = true) =>
    ({ id, villageId, name: id, ...(listed ? { latestArrival: '2022-07-01' } : {}) }) as unknown as PersonRow

  /** The village counters stored, without zeros. */
  async function villages(): Promise<Record<string, number>> {
    const rows = (await db.tallies.toArray()).filter((r) => r.key.startsWith(VILLAGE_PEOPLE_PREFIX) && r.count !== 0)
    return Object.fromEntries(rows.map((r) => [r.key.slice(VILLAGE_PEOPLE_PREFIX.length), r.count]))
  }

  /** The same recounted on the `[villageId+latestArrival]` index, which holds exactly the listed people. */
  async function recountedByIndex(): Promise<Record<string, number>> {
    const out: Record<string, number> = {}
    for (const [villageId] of (await db.persons.orderBy('[villageId+latestArrival]').keys()) as unknown as [string][])
      out[villageId] = (out[villageId] ?? 0) + 1
    return out
  }

  it('counts listed people per village through adds, moves, merges, retirements, deletes and a clear', async () => {
    await db.persons.bulkAdd([person('p1', 'a'), person('p2', 'a'), person('p3', 'b'), person('p4', '', true)])
    await db.persons.add(person('p5', 'b', false))
    expect(await villages()).toEqual({ a: 2, b: 1, '': 1 })
    expect((await db.tallies.get(PERSON_ROWS_KEY))?.count).toBe(5)
    expect(villagePeopleKey('a')).toBe(`${VILLAGE_PEOPLE_PREFIX}a`)
    // Moved to another village; merged (its list fields dropped); a person listed again.
    await db.persons.put(person('p2', 'b'))
    await db.persons.put(person('p3', 'b', false))
    await db.persons.put(person('p5', 'a'))
    expect(await villages()).toEqual(await recountedByIndex())
    expect(await villages()).toEqual({ a: 2, b: 1, '': 1 })
    await db.persons.update('p1', { villageId: 'c' })
    await db.persons.bulkDelete(['p4', 'missing'])
    expect(await villages()).toEqual({ a: 1, b: 1, c: 1 })
    expect(await villages()).toEqual(await recountedByIndex())
    expect((await db.tallies.get(PERSON_ROWS_KEY))?.count).toBe(await db.persons.count())
    await db.persons.clear()
    expect(await villages()).toEqual({})
    expect((await db.tallies.get(PERSON_ROWS_KEY))?.count).toBe(0)
  })
})
