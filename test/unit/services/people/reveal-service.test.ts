import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ROLES, type Role } from '@/domain/accounts/roles'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { registerPerson } from '@/services/people/register-service'
import { revealDocument, revealPhones } from '@/services/people/reveal-service'
import { registration, residentId } from '../../../fixtures/people'

const ACTOR: Actor = { id: 'usr_a', name: '陈文书' }
const NUMBER = residentId()
let db: CommandPostDatabase
let personId: string

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
  personId = (await registerPerson(db, registration(), ACTOR, '2021-01-10')).person.id
})

afterEach(async () => {
  await db.delete()
})

const reveals = () => db.audit.where('action').equals('reveal').toArray()

describe('revealDocument', () => {
  it.each<Role>(['admin', 'leader', 'clerk'])('gives %s the full number and audits who saw it', async (role) => {
    expect(await revealDocument(db, personId, ACTOR, role)).toBe(NUMBER)
    const lines = await reveals()
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({ entity: 'person', entityId: personId, actorId: ACTOR.id, actorName: '陈文书' })
    expect(lines[0].summary).not.toContain(NUMBER)
  })

  it('refuses a duty officer, reading and auditing nothing', async () => {
    expect(ROLES).toContain('duty')
    for (const reveal of [revealDocument, revealPhones]) {
      const error = await reveal(db, personId, ACTOR, 'duty').catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).problems[0].code).toBe('forbidden')
    }
    expect(await reveals()).toEqual([])
  })

  it('reveals phones the same way', async () => {
    expect(await revealPhones(db, personId, ACTOR, 'clerk')).toEqual(['13812345678'])
    expect((await reveals())[0].summary).toContain('联系电话')
  })
})
