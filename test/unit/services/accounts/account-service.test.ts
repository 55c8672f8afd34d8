import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Role } from '@/domain/accounts/roles'
import { SYSTEM_ACTOR, type User } from '@/domain/accounts/user'
import { ValidationError, type Problem } from '@/domain/common/result'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { createUser, findUserByName } from '@/db/repositories/user-repository'
import {
  addAccount,
  changePassword,
  changeRole,
  restoreAccount,
  retireAccount,
  signIn,
  signOut,
  unlock,
} from '@/services/accounts/account-service'
import { hashPassword, PASSWORD_ITERATIONS, verifyPassword } from '@/services/accounts/password-hash'

let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})

afterEach(async () => {
  await db.delete()
})

/** An account with a cheap hash, so tests do not spend 600,000 PBKDF2 rounds on each. */
async function account(name: string, role: Role, password = '2468'): Promise<User> {
  return createUser(db, { name, role, password: await hashPassword(password, 1000) }, SYSTEM_ACTOR)
}

async function problemsOf(promise: Promise<unknown>): Promise<Problem[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).problems
}

const sessionActions = async (userId: string) =>
  (await db.audit.where('[entity+entityId]').equals(['session', userId]).toArray()).map((e) => e.action)

describe('addAccount and signIn through the real hashing cost', () => {
  it('stores a full-cost hash and signs the new account in', async () => {
    const admin = await account('管理员', 'admin')
    const added = await addAccount(db, { name: '陈文书', role: 'clerk', password: '8642' }, admin)
    expect(added.password.iterations).toBe(PASSWORD_ITERATIONS)
    expect(JSON.stringify(added)).not.toContain('8642')
    const signedIn = await signIn(db, '陈文书', '8642')
    expect(signedIn.id).toBe(added.id)
    expect(await sessionActions(added.id)).toEqual(['login'])
    expect((await findUserByName(db, '陈文书'))?.lastLoginAt).toEqual(expect.any(Number))
  }, 30_000)

  it('refuses an empty name or a short password and writes nothing', async () => {
    expect(await problemsOf(addAccount(db, { name: '  ', role: 'duty', password: '12' }, SYSTEM_ACTOR))).toEqual([
      { field: 'account', code: 'nameRequired' },
      { field: 'account', code: 'passwordTooShort' },
    ])
    expect(await db.users.count()).toBe(0)
    expect(await db.audit.count()).toBe(0)
  })
})

describe('signIn', () => {
  it('signs in with the right password, the name trimmed', async () => {
    const user = await account('张值班', 'duty')
    expect((await signIn(db, ' 张值班 ', '2468')).id).toBe(user.id)
  })

  it('answers a wrong password and an unknown name alike, auditing the failure of a known name', async () => {
    const user = await account('张值班', 'duty')
    const wrongPassword = await problemsOf(signIn(db, '张值班', '0000'))
    const unknownName = await problemsOf(signIn(db, '李四', '2468'))
    expect(wrongPassword).toEqual([{ field: 'password', code: 'wrongCredentials' }])
    expect(unknownName).toEqual(wrongPassword)
    expect(await sessionActions(user.id)).toEqual(['loginFailed'])
    // Only the known account's failure is logged: an unknown name leaves no line about a record.
    expect(await db.audit.where('action').equals('loginFailed').count()).toBe(1)
    expect((await findUserByName(db, '张值班'))?.lastLoginAt).toBeUndefined()
  })

  it('refuses a retired account even with the right password, and lets it in again once restored', async () => {
    const admin = await account('管理员', 'admin')
    const user = await account('张值班', 'duty')
    const retired = await retireAccount(db, user, '调离', admin)
    expect(await problemsOf(signIn(db, '张值班', '2468'))).toEqual([{ field: 'password', code: 'wrongCredentials' }])
    expect(await sessionActions(user.id)).toEqual(['loginFailed'])
    await restoreAccount(db, retired, admin)
    expect((await signIn(db, '张值班', '2468')).id).toBe(user.id)
  })
})

describe('unlock and signOut', () => {
  it('unlocks only with the user’s own password, and audits unlock and sign-out', async () => {
    const user = await account('张值班', 'duty')
    expect(await problemsOf(unlock(db, user, '1111'))).toEqual([{ field: 'password', code: 'wrongPassword' }])
    await unlock(db, user, '2468')
    await signOut(db, user)
    expect((await sessionActions(user.id)).sort()).toEqual(['logout', 'unlock'])
  })
})

describe('the last administrator', () => {
  it('cannot be retired or given another role', async () => {
    const admin = await account('管理员', 'admin')
    expect(await problemsOf(retireAccount(db, admin, '离职', SYSTEM_ACTOR))).toEqual([
      { field: 'role', code: 'lastAdmin' },
    ])
    expect(await problemsOf(changeRole(db, admin, 'leader', SYSTEM_ACTOR))).toEqual([
      { field: 'role', code: 'lastAdmin' },
    ])
    expect(await findUserByName(db, '管理员')).toMatchObject({ role: 'admin' })
    expect((await findUserByName(db, '管理员'))?.retiredAt).toBeUndefined()
  })

  it('is counted among active accounts only: a retired second admin does not help', async () => {
    const first = await account('管理员', 'admin')
    const second = await account('副管理员', 'admin')
    await retireAccount(db, second, '调离', first)
    expect(await problemsOf(changeRole(db, first, 'duty', SYSTEM_ACTOR))).toEqual([
      { field: 'role', code: 'lastAdmin' },
    ])
  })

  it('can step down once another administrator exists', async () => {
    const first = await account('管理员', 'admin')
    const second = await account('副管理员', 'admin')
    expect((await changeRole(db, first, 'leader', second)).role).toBe('leader')
    expect(await problemsOf(retireAccount(db, second, '离职', SYSTEM_ACTOR))).toEqual([
      { field: 'role', code: 'lastAdmin' },
    ])
  })

  it('does not stop other accounts from being retired or changed; retiring needs a reason', async () => {
    const admin = await account('管理员', 'admin')
    const clerk = await account('陈文书', 'clerk')
    expect(await problemsOf(retireAccount(db, clerk, '  ', admin))).toEqual([{ field: 'reason', code: 'required' }])
    expect((await changeRole(db, clerk, 'leader', admin)).role).toBe('leader')
    expect((await retireAccount(db, clerk, ' 调离 ', admin)).retiredReason).toBe('调离')
  })
})

describe('changePassword', () => {
  it('needs the current password when users change their own', async () => {
    const user = await account('陈文书', 'clerk', '2468')
    expect(await problemsOf(changePassword(db, user, '9999', user))).toEqual([
      { field: 'current', code: 'wrongPassword' },
    ])
    expect(await problemsOf(changePassword(db, user, '9999', user, '1111'))).toEqual([
      { field: 'current', code: 'wrongPassword' },
    ])
    expect(await verifyPassword('2468', (await findUserByName(db, '陈文书'))!.password)).toBe(true)

    const changed = await changePassword(db, user, '9999', user, '2468')
    expect(await verifyPassword('9999', changed.password)).toBe(true)
    expect(await verifyPassword('2468', changed.password)).toBe(false)
    await expect(signIn(db, '陈文书', '9999')).resolves.toMatchObject({ id: user.id })
  }, 30_000)

  it('lets an administrator reset someone else’s password without knowing it', async () => {
    const admin = await account('管理员', 'admin')
    const user = await account('陈文书', 'clerk')
    const changed = await changePassword(db, user, '5555', admin)
    expect(await verifyPassword('5555', changed.password)).toBe(true)
    const [entry] = await db.audit.where('action').equals('update').toArray()
    expect(entry).toMatchObject({
      actorId: admin.id,
      entityId: user.id,
      changes: { password: { before: '***', after: '***' } },
    })
  }, 30_000)

  it('refuses a new password that is too short before checking anything else', async () => {
    const user = await account('陈文书', 'clerk')
    expect(await problemsOf(changePassword(db, user, '12', user, '2468'))).toEqual([
      { field: 'account', code: 'passwordTooShort' },
    ])
  })
})
