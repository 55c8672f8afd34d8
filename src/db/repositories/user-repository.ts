import type { Role } from '@/domain/accounts/roles'
import type { Actor, PasswordHash, User } from '@/domain/accounts/user'
import { diffFields } from '@/domain/audit/audit-entry'
import { newId } from '@/domain/common/ids'
import { ValidationError } from '@/domain/common/result'
import type { CommandPostDatabase } from '../database'
import { note, writeWithAudit } from '../write'

/** Number of accounts ever created (retired included): zero means the setup wizard has not run. */
export function countUsers(db: CommandPostDatabase): Promise<number> {
  return db.users.count()
}

/** Accounts that can sign in, by name. */
export async function listActiveUsers(db: CommandPostDatabase): Promise<User[]> {
  const users = await db.users.orderBy('name').toArray()
  return users.filter((u) => u.retiredAt === undefined)
}

/** Every account, retired included, by name. */
export function listAllUsers(db: CommandPostDatabase): Promise<User[]> {
  return db.users.orderBy('name').toArray()
}

/** The account with this login name, if any. */
export function findUserByName(db: CommandPostDatabase, name: string): Promise<User | undefined> {
  return db.users.where('name').equals(name.trim()).first()
}

/** Creates an account; refuses a name already taken. */
export function createUser(
  db: CommandPostDatabase,
  input: { name: string; role: Role; password: PasswordHash },
  actor: Actor,
): Promise<User> {
  return writeWithAudit(db, actor, [db.users], async (ctx) => {
    const name = input.name.trim()
    if (await db.users.where('name').equals(name).count())
      throw new ValidationError([{ field: 'name', code: 'nameTaken', params: { value: name } }])
    const user: User = {
      id: newId('usr', ctx.now),
      name,
      role: input.role,
      password: input.password,
      ...ctx.stampNew(),
    }
    await db.users.add(user)
    await ctx.audit(note('create', 'user', user.id, `${user.name}（${user.role}）`))
    return user
  })
}

/** Changes an account's role, password or retirement; the audit line never holds the hash. */
export function updateUser(
  db: CommandPostDatabase,
  id: string,
  change: { role?: Role; password?: PasswordHash; retiredReason?: string; restore?: boolean },
  actor: Actor,
): Promise<User> {
  return writeWithAudit(db, actor, [db.users], async (ctx) => {
    const before = await db.users.get(id)
    if (!before) throw new ValidationError([{ field: 'id', code: 'notFound' }])
    const after: User = { ...before, updatedAt: ctx.now, updatedBy: actor.id }
    if (change.role) after.role = change.role
    if (change.password) after.password = change.password
    if (change.retiredReason !== undefined) {
      if (id === actor.id) throw new ValidationError([{ field: 'id', code: 'cannotRetireSelf' }])
      Object.assign(after, { retiredAt: ctx.now, retiredBy: actor.id, retiredReason: change.retiredReason })
    }
    if (change.restore) {
      delete after.retiredAt
      delete after.retiredBy
      delete after.retiredReason
    }
    await db.users.put(after)
    const changes = diffFields(before, after, ['updatedAt', 'updatedBy', 'password'])
    if (change.password) changes.password = { before: '***', after: '***' }
    const action = change.retiredReason !== undefined ? 'retire' : change.restore ? 'restore' : 'update'
    await ctx.audit(note(action, 'user', id, after.name, changes))
    return after
  })
}

/** Records a sign-in (or a failed one) in the audit log and on the account. */
export function recordSession(
  db: CommandPostDatabase,
  user: Pick<User, 'id' | 'name'>,
  action: 'login' | 'loginFailed' | 'logout' | 'unlock',
): Promise<void> {
  return writeWithAudit(db, user, [db.users], async (ctx) => {
    if (action === 'login') await db.users.update(user.id, { lastLoginAt: ctx.now })
    await ctx.audit(note(action, 'session', user.id, user.name))
  })
}
