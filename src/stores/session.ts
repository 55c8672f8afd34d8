import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { can as roleCan, type Permission, type Role } from '@/domain/accounts/roles'
import { ValidationError } from '@/domain/common/result'
import { SYSTEM_ACTOR, type Actor, type User } from '@/domain/accounts/user'
import { appDatabase } from '@/db/instance'
import * as accounts from '@/services/accounts/account-service'

/** Who is signed in on this PC, and whether the screen is locked. */
export const useSessionStore = defineStore('session', () => {
  const user = ref<User | null>(null)
  const locked = ref(false)
  const actor = computed<Actor>(() => (user.value ? { id: user.value.id, name: user.value.name } : SYSTEM_ACTOR))

  function can(permission: Permission): boolean {
    return user.value !== null && roleCan(user.value.role, permission)
  }

  async function signIn(name: string, password: string): Promise<void> {
    user.value = await accounts.signIn(await appDatabase(), name, password)
    locked.value = false
  }

  async function signOut(): Promise<void> {
    if (user.value) await accounts.signOut(await appDatabase(), user.value)
    user.value = null
    locked.value = false
  }

  function lock(): void {
    if (user.value) locked.value = true
  }

  async function unlock(password: string): Promise<void> {
    if (!user.value) return
    await accounts.unlock(await appDatabase(), user.value, password)
    locked.value = false
  }

  /** Keeps the signed-in user's record current after their own account changed. */
  function refreshUser(next: User): void {
    if (user.value?.id === next.id) user.value = next
  }

  return { user, locked, actor, can, signIn, signOut, lock, unlock, refreshUser }
})

/** The signed-in user's role, for services that check permissions; refused when nobody is signed in. */
export function signedRole(): Role {
  const role = useSessionStore().user?.role
  if (!role) throw new ValidationError([{ field: 'role', code: 'supplies.forbidden' }])
  return role
}
