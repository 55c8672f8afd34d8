import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { SYSTEM_ACTOR, type Actor, type PasswordHash } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import {
  countUsers,
  createUser,
  findUserByName,
  listActiveUsers,
  listAllUsers,
  recordSession,
  updateUser,
} from '@/db/repositories/user-repository'
import { hashPassword } from '@/services/accounts/password-hash'

let db: CommandPostDatabase
let pin: PasswordHash
let otherPin: PasswordHash

beforeAll(async () => {
  pin = await hashPassword('2468', 1000)
  otherPin = await hashPassword('1357', 1000)
})

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})

afterEach(async () => {
  await db.delete()
})

async function refusal(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).problems.map((p) => p.code)
}

describe('createUser', () => {
  it('adds an account with a trimmed name and an audit line that names it without the hash', async () => {
    const user = await createUser(db, { name: ' 张值班 ', role: 'duty', password: pin }, SYSTEM_ACTOR)
    expect(user).toMatchObject({ name: '张值班', role: 'duty', password: pin, createdBy: 'system' })
    expect(user.id).toMatch(/^usr_/)
    expect(await countUsers(db)).toBe(1)
    const [entry] = await db.audit.toArray()
    expect(entry).toMatchObject({ action: 'create', entity: 'user', entityId: user.id, summary: '张值班（duty）' })
    expect(JSON.stringify(entry)).not.toContain(pin.hash)
  })

  it('refuses a name already taken, even written with spaces around it, and writes nothing', async () => {
    await createUser(db, { name: '张值班', role: 'duty', password: pin }, SYSTEM_ACTOR)
    expect(await refusal(createUser(db, { name: '张值班 ', role: 'clerk', password: pin }, SYSTEM_ACTOR))).toEqual([
      'nameTaken',
    ])
    expect(await countUsers(db)).toBe(1)
    expect(await db.audit.count()).toBe(1)
  })
})

describe('finding and listing', () => {
  it('finds by trimmed name, and lists by name with retired accounts only in the full list', async () => {
    const admin = await createUser(db, { name: 'admin', role: 'admin', password: pin }, SYSTEM_ACTOR)
    const clerk = await createUser(db, { name: 'clerk', role: 'clerk', password: pin }, SYSTEM_ACTOR)
    await createUser(db, { name: 'bob', role: 'duty', password: pin }, SYSTEM_ACTOR)
    await updateUser(db, clerk.id, { retiredReason: '调离' }, admin)
    expect((await findUserByName(db, ' admin '))?.id).toBe(admin.id)
    expect(await findUserByName(db, 'nobody')).toBeUndefined()
    expect((await listActiveUsers(db)).map((u) => u.name)).toEqual(['admin', 'bob'])
    expect((await listAllUsers(db)).map((u) => u.name)).toEqual(['admin', 'bob', 'clerk'])
    expect(await countUsers(db)).toBe(3)
  })
})

describe('updateUser', () => {
  let admin: Actor

  beforeEach(async () => {
    admin = await createUser(db, { name: '管理员', role: 'admin', password: pin }, SYSTEM_ACTOR)
  })

  it('changes a password without ever putting either hash in the audit entry', async () => {
    const user = await createUser(db, { name: '陈文书', role: 'clerk', password: pin }, admin)
    const after = await updateUser(db, user.id, { password: otherPin }, admin)
    expect(after.password).toEqual(otherPin)
    expect((await findUserByName(db, '陈文书'))?.password).toEqual(otherPin)
    const [entry] = await db.audit.where('action').equals('update').toArray()
    expect(entry.changes).toEqual({ password: { before: '***', after: '***' } })
    const text = JSON.stringify(await db.audit.toArray())
    for (const secret of [pin.hash, pin.salt, otherPin.hash, otherPin.salt]) expect(text).not.toContain(secret)
  })

  it('records a role change as before and after', async () => {
    const user = await createUser(db, { name: '陈文书', role: 'clerk', password: pin }, admin)
    await updateUser(db, user.id, { role: 'leader' }, admin)
    const [entry] = await db.audit.where('action').equals('update').toArray()
    expect(entry.changes).toEqual({ role: { before: 'clerk', after: 'leader' } })
  })

  it('retires with a reason and restores, never deleting the account', async () => {
    const user = await createUser(db, { name: '陈文书', role: 'clerk', password: pin }, admin)
    const retired = await updateUser(db, user.id, { retiredReason: '调离' }, admin)
    expect(retired).toMatchObject({ retiredBy: admin.id, retiredReason: '调离' })
    expect(retired.retiredAt).toEqual(expect.any(Number))
    expect(await countUsers(db)).toBe(2)

    const restored = await updateUser(db, user.id, { restore: true }, admin)
    expect(restored).not.toHaveProperty('retiredAt')
    expect(restored).not.toHaveProperty('retiredReason')
    expect((await listActiveUsers(db)).map((u) => u.name)).toContain('陈文书')
    const actions = (await db.audit.where('[entity+entityId]').equals(['user', user.id]).toArray()).map((e) => e.action)
    expect(actions.sort()).toEqual(['create', 'restore', 'retire'])
  })

  it('refuses to retire the account the actor is signed in with, and an unknown id', async () => {
    expect(await refusal(updateUser(db, admin.id, { retiredReason: 'x' }, admin))).toEqual(['cannotRetireSelf'])
    expect((await findUserByName(db, '管理员'))?.retiredAt).toBeUndefined()
    expect(await refusal(updateUser(db, 'usr_missing', { role: 'duty' }, admin))).toEqual(['notFound'])
  })
})

describe('recordSession', () => {
  it('writes each session event to the audit log and stamps the last sign-in only on login', async () => {
    const user = await createUser(db, { name: '张值班', role: 'duty', password: pin }, SYSTEM_ACTOR)
    await recordSession(db, user, 'loginFailed')
    expect((await findUserByName(db, '张值班'))?.lastLoginAt).toBeUndefined()
    await recordSession(db, user, 'login')
    expect((await findUserByName(db, '张值班'))?.lastLoginAt).toEqual(expect.any(Number))
    await recordSession(db, user, 'logout')
    const session = await db.audit.where('[entity+entityId]').equals(['session', user.id]).toArray()
    expect(session.map((e) => e.action).sort()).toEqual(['login', 'loginFailed', 'logout'])
    for (const entry of session) expect(entry).toMatchObject({ actorId: user.id, actorName: '张值班' })
  })
})
