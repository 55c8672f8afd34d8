import type { Instant, Retirable, Stamped } from '../common/entity'
import type { Role } from './roles'

/** A PBKDF2 hash of a PIN or password, with its salt and cost, so the cost can be raised later. */
export interface PasswordHash {
  algorithm: 'PBKDF2-SHA256'
  iterations: number
  /** base64 */
  salt: string
  /** base64 */
  hash: string
}

/** A login account on the shared command-post PC. Never hard-deleted: retired accounts cannot sign in. */
export interface User extends Stamped, Retirable {
  id: string
  /** Login name, shown in lists and on every record the user writes; unique. */
  name: string
  role: Role
  password: PasswordHash
  lastLoginAt?: Instant
}

/** The person a write is attributed to. */
export interface Actor {
  id: string
  name: string
}

/** The actor for writes made before any account exists (the setup wizard) or by the app itself. */
export const SYSTEM_ACTOR: Actor = { id: 'system', name: '系统' }

/** Shortest PIN or password accepted. PINs are common on shared duty PCs, so 4 digits is the floor. */
export const MIN_PASSWORD_LENGTH = 4

/** Problems with a new login name or password, as i18n codes. */
export function accountProblems(name: string, password: string | undefined): string[] {
  const problems: string[] = []
  if (name.trim() === '') problems.push('nameRequired')
  else if (name.trim().length > 20) problems.push('nameTooLong')
  if (password !== undefined && password.length < MIN_PASSWORD_LENGTH) problems.push('passwordTooShort')
  return problems
}
