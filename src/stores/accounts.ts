import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { Role } from '@/domain/accounts/roles'
import type { User } from '@/domain/accounts/user'
import { appDatabase } from '@/db/instance'
import { watchQuery } from '@/db/live'
import { listActiveUsers, listAllUsers } from '@/db/repositories/user-repository'
import * as accounts from '@/services/accounts/account-service'
import { useSessionStore } from './session'

/** Login accounts: the active ones for the login screen, all of them for the settings page. */
export const useAccountsStore = defineStore('accounts', () => {
  const active = shallowRef<User[]>([])
  const all = shallowRef<User[]>([])
  let stop: (() => void) | undefined

  async function watch(): Promise<void> {
    if (stop) return
    const db = await appDatabase()
    stop = watchQuery(
      () => Promise.all([listActiveUsers(db), listAllUsers(db)]),
      ([a, b]) => {
        active.value = a
        all.value = b
      },
      () => undefined,
    )
  }

  async function add(input: { name: string; role: Role; password: string }): Promise<User> {
    return accounts.addAccount(await appDatabase(), input, useSessionStore().actor)
  }

  async function setPassword(user: User, next: string, current?: string): Promise<void> {
    const session = useSessionStore()
    session.refreshUser(await accounts.changePassword(await appDatabase(), user, next, session.actor, current))
  }

  async function setRole(user: User, role: Role): Promise<void> {
    const session = useSessionStore()
    session.refreshUser(await accounts.changeRole(await appDatabase(), user, role, session.actor))
  }

  async function retire(user: User, reason: string): Promise<void> {
    await accounts.retireAccount(await appDatabase(), user, reason, useSessionStore().actor)
  }

  async function restore(user: User): Promise<void> {
    await accounts.restoreAccount(await appDatabase(), user, useSessionStore().actor)
  }

  return { active, all, watch, add, setPassword, setRole, retire, restore }
})
