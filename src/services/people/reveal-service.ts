import { can, type Role } from '@/domain/accounts/roles'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import type { CommandPostDatabase } from '@/db/database'
import { recordReveal, type RevealedField } from '@/db/repositories/person-repository'

function refuseUnlessAllowed(role: Role, field: RevealedField): void {
  if (!can(role, 'people.reveal')) throw new ValidationError([{ field, code: 'forbidden' }])
}

/**
 * The full document number of a person, for a role that may see it (`people.reveal`: administrator, leader,
 * clerk). The read and its audit line ("who saw whose number, when") commit in one transaction; a role that may
 * not is refused before anything is read.
 */
export async function revealDocument(
  db: CommandPostDatabase,
  personId: string,
  actor: Actor,
  role: Role,
): Promise<string> {
  refuseUnlessAllowed(role, 'documentNumber')
  return (await recordReveal(db, personId, 'documentNumber', actor)).documentNumber
}

/** A person's full phone numbers, under the same rule and with the same audit line as {@link revealDocument}. */
export async function revealPhones(
  db: CommandPostDatabase,
  personId: string,
  actor: Actor,
  role: Role,
): Promise<string[]> {
  refuseUnlessAllowed(role, 'phones')
  return (await recordReveal(db, personId, 'phones', actor)).phones
}
