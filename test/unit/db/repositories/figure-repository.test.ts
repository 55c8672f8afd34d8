import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { screenedBefore } from '@/domain/figures/figure-counts'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { registrationsBefore } from '@/db/repositories/figure-repository'
import { NOW, seedFigures } from '../../../fixtures/figures'

let db: CommandPostDatabase
beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
  await seedFigures(db)
})
afterEach(async () => {
  await db.delete()
})

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
