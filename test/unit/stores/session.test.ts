import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Role } from '@/domain/accounts/roles'
import { SYSTEM_ACTOR, type User } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { appDatabase } from '@/db/instance'
import { createUser } from '@/db/repositories/user-repository'
import { hashPassword } from '@/services/accounts/password-hash'
import { useSessionStore } from '@/stores/session'

async function account(name: string, role: Role): Promise<User> {
  return createUser(await appDatabase(), { name, role, password: await hashPassword('2468', 1000) }, SYSTEM_ACTOR)
}

async function sessionActions(userId: string): Promise<string[]> {
  const db = await appDatabase()
  // Sorted by name: two events in the same millisecond have no defined order.
  return (await db.audit.where('[entity+entityId]').equals(['session', userId]).toArray()).map((e) => e.action).sort()
}

beforeEach(async () => {
  setActivePinia(createPinia())
  const db = await appDatabase()
  await Promise.all(db.tables.map((table) => table.clear()))
})

describe('useSessionStore', () => {
  it('starts signed out, acting as the system, able to do nothing', () => {
    const session = useSessionStore()
    expect(session.user).toBeNull()
    expect(session.locked).toBe(false)
    expect(session.actor).toEqual(SYSTEM_ACTOR)
    expect(session.can('audit.view')).toBe(false)
  })

  it('uses the app database, the one named command-post', async () => {
    expect((await appDatabase()).name).toBe('command-post')
    expect(await appDatabase()).toBe(await appDatabase())
  })

  it('signs in: the user becomes the actor, permissions follow the role, the sign-in is audited', async () => {
    const leader = await account('刘书记', 'leader')
    const session = useSessionStore()
    await session.signIn('刘书记', '2468')
    expect(session.user?.id).toBe(leader.id)
    expect(session.actor).toEqual({ id: leader.id, name: '刘书记' })
    expect(session.can('audit.view')).toBe(true)
    expect(session.can('users.manage')).toBe(false)
    expect(await sessionActions(leader.id)).toEqual(['login'])
  })

  it('stays signed out after a wrong password, with the shared error code', async () => {
    await account('张值班', 'duty')
    const session = useSessionStore()
    const error = await session.signIn('张值班', '0000').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).problems[0].code).toBe('wrongCredentials')
    expect(session.user).toBeNull()
  })

  it('locks only when someone is signed in, and unlocks only with their password', async () => {
    const duty = await account('张值班', 'duty')
    const session = useSessionStore()
    session.lock()
    expect(session.locked).toBe(false)

    await session.signIn('张值班', '2468')
    session.lock()
    expect(session.locked).toBe(true)
    await expect(session.unlock('1111')).rejects.toBeInstanceOf(ValidationError)
    expect(session.locked).toBe(true)
    await session.unlock('2468')
    expect(session.locked).toBe(false)
    expect(await sessionActions(duty.id)).toEqual(['login', 'unlock'])
  })

  it('a new sign-in at shift change clears the lock', async () => {
    await account('张值班', 'duty')
    const clerk = await account('陈文书', 'clerk')
    const session = useSessionStore()
    await session.signIn('张值班', '2468')
    session.lock()
    await session.signIn('陈文书', '2468')
    expect(session.user?.id).toBe(clerk.id)
    expect(session.locked).toBe(false)
  })

  it('signs out with an audit line and forgets the user', async () => {
    const duty = await account('张值班', 'duty')
    const session = useSessionStore()
    await session.signIn('张值班', '2468')
    session.lock()
    await session.signOut()
    expect(session.user).toBeNull()
    expect(session.locked).toBe(false)
    expect(session.actor).toEqual(SYSTEM_ACTOR)
    expect(await sessionActions(duty.id)).toEqual(['login', 'logout'])
  })

  it('refreshes the signed-in user’s record only for the same account', async () => {
    const admin = await account('管理员', 'admin')
    const other = await account('陈文书', 'clerk')
    const session = useSessionStore()
    await session.signIn('管理员', '2468')
    session.refreshUser({ ...other, role: 'admin' })
    expect(session.user?.id).toBe(admin.id)
    session.refreshUser({ ...admin, role: 'leader' })
    expect(session.user?.role).toBe('leader')
    expect(session.can('users.manage')).toBe(false)
  })
})
