import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { listOpenReviews } from '@/db/repositories/duplicate-repository'
import { listEpisodes } from '@/db/repositories/episode-repository'
import { registerPerson } from '@/services/people/register-service'
import { badCheck, registration, residentId } from '../../../fixtures/people'

const DUTY: Actor = { id: 'usr_duty', name: '张值班' }
const TODAY = '2021-01-10'
const NUMBER = residentId('19900307', '123')
let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})

afterEach(async () => {
  await db.delete()
})

async function tableCounts() {
  return [
    await db.persons.count(),
    await db.episodes.count(),
    await db.duplicateReviews.count(),
    await db.audit.count(),
  ]
}

describe('registerPerson', () => {
  it('registers a new person, normalising the number and phones and filling sex and birth date from the ID', async () => {
    const result = await registerPerson(
      db,
      registration({
        documentNumber: ` ${NUMBER.slice(0, 9)} ${NUMBER.slice(9).toLowerCase()}`,
        sex: 'unknown',
        birthDate: '',
        phones: ['+86 138-1234-5678', '0835 1234567'],
        name: ' 张伟华 ',
      }),
      DUTY,
      TODAY,
    )
    expect(result).toMatchObject({ outcome: 'new-person', duplicates: 0, warnings: [] })
    expect(result.person).toMatchObject({
      name: '张伟华',
      documentNumber: NUMBER,
      documentCheck: 'ok',
      sex: 'male',
      birthDate: '1990-03-07',
      phones: ['13812345678', '0835-1234567'],
      latestKind: 'returnee',
    })
    expect(result.episode).toMatchObject({ personId: result.person.id, source: 'form', createdBy: DUTY.id })
  })

  it('adds a new episode, not a new person, when the document is already registered, and says so', async () => {
    const first = await registerPerson(db, registration(), DUTY, TODAY)
    const again = await registerPerson(
      db,
      registration(
        { documentType: 'hmt-permit', phones: ['13999998888'], name: '张伟华' },
        { kind: 'close-contact', indexCase: '县通报第3例', arrivalDate: '2021-01-10' },
      ),
      DUTY,
      TODAY,
    )
    expect(again.outcome).toBe('new-episode')
    expect(again.person.id).toBe(first.person.id)
    expect(again.person).toMatchObject({ latestKind: 'close-contact', phones: ['13812345678', '13999998888'] })
    expect(await db.persons.count()).toBe(1)
    expect((await listEpisodes(db, first.person.id)).map((e) => e.kind)).toEqual(['close-contact', 'returnee'])
  })

  it('saves a number failing its check as needs-checking, with the warning, never refused', async () => {
    const result = await registerPerson(db, registration({ documentNumber: badCheck(NUMBER) }), DUTY, TODAY)
    expect(result.person).toMatchObject({ documentCheck: 'needs-checking', needsChecking: 1 })
    expect(result.warnings.map((w) => w.code)).toEqual(['person.document.checkCharacter'])
  })

  it('queues likely duplicates for review without blocking the registration', async () => {
    const first = await registerPerson(db, registration(), DUTY, TODAY)
    // Same name and phone, another (valid) number: a second person, queued with the first.
    const second = await registerPerson(
      db,
      registration({ documentNumber: residentId('19850101', '311'), birthDate: '' }),
      DUTY,
      TODAY,
    )
    expect(second).toMatchObject({ outcome: 'new-person', duplicates: 1 })
    // A typo of the first number (one digit off): found through the number index, queued too.
    const typo = NUMBER.slice(0, 10) + (NUMBER[10] === '0' ? '1' : '0') + NUMBER.slice(11)
    const third = await registerPerson(
      db,
      registration({ documentNumber: typo, name: '王芳', phones: [], birthDate: '', sex: 'female' }),
      DUTY,
      TODAY,
    )
    expect(third.duplicates).toBe(1)
    const open = await listOpenReviews(db)
    expect(open.map((r) => [r.personId, r.otherId, r.reasons])).toEqual([
      [second.person.id, first.person.id, ['namePhone']],
      [third.person.id, first.person.id, ['documentOneOff']],
    ])
    expect(await db.persons.count()).toBe(3)
  })

  it('writes nothing when the input has errors', async () => {
    await registerPerson(db, registration(), DUTY, TODAY)
    const before = await tableCounts()
    const bad = [
      registration({ name: '' }),
      registration({ documentNumber: residentId('19900307', '777'), birthDate: '2030-01-01' }),
      registration({}, { arrivalDate: '2021-02-01' }),
      registration({}, { kind: 'close-contact', indexCase: '' }),
    ]
    for (const input of bad) {
      const error = await registerPerson(db, input, DUTY, TODAY).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ValidationError)
    }
    expect(await tableCounts()).toEqual(before)
  })
})
