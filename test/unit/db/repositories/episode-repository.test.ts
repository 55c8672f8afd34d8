import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import type { ValidationError } from '@/domain/common/result'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { addEpisode, listContactsOf, listEpisodes, updateEpisode } from '@/db/repositories/episode-repository'
import { createPersonWithEpisode, getPerson, setPersonRetired } from '@/db/repositories/person-repository'
import { episodeFields, personFields } from '../../../fixtures/people'

const CLERK: Actor = { id: 'usr_clerk', name: '陈文书' }
let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})

afterEach(async () => {
  await db.delete()
})

describe('addEpisode', () => {
  it('adds the episode, moves the list fields to the latest one and keeps every kind', async () => {
    const { person, episode: first } = await createPersonWithEpisode(db, personFields(), episodeFields(), CLERK)
    const { episode, person: after } = await addEpisode(
      db,
      person.id,
      episodeFields({ kind: 'close-contact', indexCase: '县通报第3例', arrivalDate: '2021-01-15', originRisk: 'low' }),
      CLERK,
    )
    expect(after).toMatchObject({ latestKind: 'close-contact', latestArrival: '2021-01-15', latestRisk: 'low' })
    expect(after.episodeKinds).toEqual(expect.arrayContaining(['returnee', 'close-contact']))
    expect(await getPerson(db, person.id)).toEqual(after)
    expect((await listEpisodes(db, person.id)).map((e) => e.id)).toEqual([episode.id, first.id])
    expect(await db.audit.where('[entity+entityId]').equals(['episode', episode.id]).count()).toBe(1)
  })

  it('refuses a person that is not listed, and writes nothing', async () => {
    const { person } = await createPersonWithEpisode(db, personFields(), episodeFields(), CLERK)
    await setPersonRetired(db, person.id, { reason: '误录' }, CLERK)
    const error = await addEpisode(db, person.id, episodeFields(), CLERK).catch((e: unknown) => e)
    expect((error as ValidationError).problems[0].code).toBe('person.unlisted')
    expect(await db.episodes.count()).toBe(1)
  })
})

describe('updateEpisode', () => {
  it('saves the change with its fields in the audit line, and the person row follows', async () => {
    const { person, episode } = await createPersonWithEpisode(db, personFields(), episodeFields(), CLERK)
    const after = await updateEpisode(
      db,
      episode.id,
      { ...episode, arrivalDate: '2021-01-09', originRisk: 'medium' },
      CLERK,
    )
    expect(after).toMatchObject({ arrivalDate: '2021-01-09', personId: person.id, updatedBy: CLERK.id })
    expect(await getPerson(db, person.id)).toMatchObject({ latestArrival: '2021-01-09', latestRisk: 'medium' })
    const line = (await db.audit.where('action').equals('update').toArray())[0]
    expect(line.changes?.arrivalDate).toEqual({ before: '2021-01-08', after: '2021-01-09' })
  })
})

describe('listContactsOf', () => {
  it('lists the secondary contacts linked to a close contact', async () => {
    const close = await createPersonWithEpisode(
      db,
      personFields(),
      episodeFields({ kind: 'close-contact', indexCase: '第3例' }),
      CLERK,
    )
    const { episode } = await createPersonWithEpisode(
      db,
      personFields({ documentNumber: '', documentType: 'none', name: '李娜' }),
      episodeFields({ kind: 'secondary-contact', contactOf: close.person.id }),
      CLERK,
    )
    expect(await listContactsOf(db, close.person.id)).toEqual([episode])
  })
})
