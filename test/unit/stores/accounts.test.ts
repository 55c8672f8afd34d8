import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Role } from '@/domain/accounts/roles'
import { SYSTEM_ACTOR, type User } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { appDatabase } from '@/db/instance'
import { createUser, findUserByName } from '@/db/repositories/user-repository'
import { hashPassword, verifyPassword } from '@/services/accounts/password-hash'
import { useAccountsStore } from '@/stores/accounts'
import { useSessionStore } from '@/stores/session'

// Adding an account or setting a password hashes at the full PBKDF2 cost.
const SLOW = 30_000

async function account(name: string, role: Role): Promise<User> {
  return createUser(await appDatabase(), { name, role, password: await hashPassword('2468', 1000) }, SYSTEM_ACTOR)
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).problems[0].code
}

let admin: User

beforeEach(async () => {
  setActivePinia(createPinia())
  const db = await appDatabase()
  await Promise.all(db.tables.map((table) => table.clear()))
  admin = await account('管理员', 'admin')
  await useSessionStore().signIn('管理员', '2468')
})

describe('useAccountsStore', () => {
  it('keeps the active and the full lists live as accounts change', async () => {
    const store = useAccountsStore()
    await store.watch()
    await vi.waitFor(() => expect(store.active.map((u) => u.name)).toEqual(['管理员']))
    const clerk = await account('陈文书', 'clerk')
    await vi.waitFor(() => expect(store.active.map((u) => u.name)).toEqual(['管理员', '陈文书']))
    await store.retire(clerk, '调离')
    await vi.waitFor(() => expect(store.active.map((u) => u.name)).toEqual(['管理员']))
    expect(store.all.map((u) => u.name)).toEqual(['管理员', '陈文书'])
  })

  it(
    'adds an account as the signed-in administrator',
    async () => {
      const store = useAccountsStore()
      const user = await store.add({ name: '张值班', role: 'duty', password: '1357' })
      expect(user).toMatchObject({ name: '张值班', role: 'duty', createdBy: admin.id })
      const db = await appDatabase()
      expect(await db.audit.where('[entity+entityId]').equals(['user', user.id]).first()).toMatchObject({
        actorName: '管理员',
      })
    },
    SLOW,
  )

  it(
    'changes the signed-in user’s own password (needing the current one) and refreshes the session',
    async () => {
      const store = useAccountsStore()
      const session = useSessionStore()
      expect(await codeOf(store.setPassword(session.user!, '9999', 'wrong'))).toBe('wrongPassword')
      await store.setPassword(session.user!, '9999', '2468')
      expect(await verifyPassword('9999', session.user!.password)).toBe(true)
      await session.signOut()
      await expect(session.signIn('管理员', '9999')).resolves.toBeUndefined()
    },
    SLOW,
  )

  it('protects the last administrator from losing the role, and refreshes the session on a role change', async () => {
    const store = useAccountsStore()
    const session = useSessionStore()
    expect(await codeOf(store.setRole(session.user!, 'leader'))).toBe('lastAdmin')
    expect(await codeOf(store.retire(session.user!, '离职'))).toBe('lastAdmin')
    await account('副管理员', 'admin')
    await store.setRole(session.user!, 'leader')
    expect(session.user?.role).toBe('leader')
    expect(session.can('users.manage')).toBe(false)
  })

  it('retires and restores another account', async () => {
    const store = useAccountsStore()
    const clerk = await account('陈文书', 'clerk')
    await store.retire(clerk, '调离')
    const db = await appDatabase()
    const retired = await findUserByName(db, '陈文书')
    expect(retired).toMatchObject({ retiredReason: '调离', retiredBy: admin.id })
    await store.restore(retired!)
    expect((await findUserByName(db, '陈文书'))?.retiredAt).toBeUndefined()
  })
})
