import type { Role } from '@/domain/accounts/roles'
import { accountProblems, type Actor, type User } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import type { CommandPostDatabase } from '@/db/database'
import {
  createUser,
  findUserByName,
  listActiveUsers,
  recordSession,
  updateUser,
} from '@/db/repositories/user-repository'
import { hashPassword, verifyPassword } from './password-hash'

function refuse(problems: string[]): void {
  if (problems.length) throw new ValidationError(problems.map((code) => ({ field: 'account', code })))
}

/** Adds a login account after checking the name and password. */
export async function addAccount(
  db: CommandPostDatabase,
  input: { name: string; role: Role; password: string },
  actor: Actor,
): Promise<User> {
  refuse(accountProblems(input.name, input.password))
  return createUser(db, { name: input.name, role: input.role, password: await hashPassword(input.password) }, actor)
}

/**
 * Checks a name and password. A wrong name and a wrong password get the same answer, so the screen does not tell
 * a passer-by which accounts exist; both are written to the audit log.
 */
export async function signIn(db: CommandPostDatabase, name: string, password: string): Promise<User> {
  const user = await findUserByName(db, name)
  const ok = user !== undefined && user.retiredAt === undefined && (await verifyPassword(password, user.password))
  if (!user || !ok) {
    if (user) await recordSession(db, user, 'loginFailed')
    throw new ValidationError([{ field: 'password', code: 'wrongCredentials' }])
  }
  await recordSession(db, user, 'login')
  return user
}

/** Unlocks the idle-locked screen for the same user. */
export async function unlock(db: CommandPostDatabase, user: User, password: string): Promise<void> {
  if (!(await verifyPassword(password, user.password)))
    throw new ValidationError([{ field: 'password', code: 'wrongPassword' }])
  await recordSession(db, user, 'unlock')
}

/** Signs out (at shift change), with an audit line. */
export function signOut(db: CommandPostDatabase, user: User): Promise<void> {
  return recordSession(db, user, 'logout')
}

/** Sets a new password; a user changing their own must give the current one. */
export async function changePassword(
  db: CommandPostDatabase,
  user: User,
  next: string,
  actor: Actor,
  current?: string,
): Promise<User> {
  refuse(accountProblems(user.name, next))
  if (actor.id === user.id && !(current !== undefined && (await verifyPassword(current, user.password))))
    throw new ValidationError([{ field: 'current', code: 'wrongPassword' }])
  return updateUser(db, user.id, { password: await hashPassword(next) }, actor)
}

async function refuseLosingLastAdmin(db: CommandPostDatabase, user: User): Promise<void> {
  if (user.role !== 'admin') return
  const admins = (await listActiveUsers(db)).filter((u) => u.role === 'admin')
  if (admins.length <= 1) throw new ValidationError([{ field: 'role', code: 'lastAdmin' }])
}

/** Changes a role; the last administrator keeps theirs. */
export async function changeRole(db: CommandPostDatabase, user: User, role: Role, actor: Actor): Promise<User> {
  if (role !== 'admin') await refuseLosingLastAdmin(db, user)
  return updateUser(db, user.id, { role }, actor)
}

/** Retires an account with a reason (it can no longer sign in); the last administrator cannot be retired. */
export async function retireAccount(db: CommandPostDatabase, user: User, reason: string, actor: Actor): Promise<User> {
  if (reason.trim() === '') throw new ValidationError([{ field: 'reason', code: 'required' }])
  await refuseLosingLastAdmin(db, user)
  return updateUser(db, user.id, { retiredReason: reason.trim() }, actor)
}

/** Restores a retired account. */
export function restoreAccount(db: CommandPostDatabase, user: User, actor: Actor): Promise<User> {
  return updateUser(db, user.id, { restore: true }, actor)
}
