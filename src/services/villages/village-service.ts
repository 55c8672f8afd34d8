import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { readAreaCode } from '@/domain/township/area-code'
import type { Contact, Village, VillageInput } from '@/domain/township/village'
import { normalizePhone, villageProblems } from '@/domain/township/village-rules'
import type { CommandPostDatabase } from '@/db/database'
import { getTownship } from '@/db/repositories/township-repository'
import { createVillage, setVillageRetired, updateVillage } from '@/db/repositories/village-repository'

function cleanContact(contact: Contact): Contact {
  return { name: contact.name.trim(), phone: normalizePhone(contact.phone) }
}

/** Trims names, reads the code as text, normalises phones (+86, spaces, dashes). */
export function normalizeVillage(input: VillageInput): VillageInput {
  const code = readAreaCode(input.code)
  return {
    ...input,
    code: code.ok ? code.code : String(input.code).trim(),
    name: input.name.trim(),
    urbanRuralClass: input.urbanRuralClass.trim(),
    secretary: cleanContact(input.secretary),
    doctor: cleanContact(input.doctor),
    grids: input.grids.map((g) => ({
      ...g,
      name: g.name.trim(),
      members: g.members.map(cleanContact).filter((m) => m.name || m.phone),
    })),
  }
}

async function townshipCode(db: CommandPostDatabase): Promise<string> {
  const township = await getTownship(db)
  if (!township) throw new ValidationError([{ field: 'setup', code: 'notSetUp' }])
  return township.code
}

/** Adds (no id) or edits a village after normalising and checking it; nothing is written when it fails. */
export async function saveVillage(
  db: CommandPostDatabase,
  id: string | undefined,
  input: VillageInput,
  actor: Actor,
): Promise<Village> {
  const village = normalizeVillage(input)
  const problems = villageProblems(village, await townshipCode(db))
  if (problems.length) throw new ValidationError(problems)
  return id ? updateVillage(db, id, village, actor) : createVillage(db, village, actor)
}

/** Retires a village with a reason (it stays in history and can be restored). */
export async function retireVillage(
  db: CommandPostDatabase,
  id: string,
  reason: string,
  actor: Actor,
): Promise<Village> {
  if (reason.trim() === '') throw new ValidationError([{ field: 'reason', code: 'required' }])
  return setVillageRetired(db, id, { reason: reason.trim() }, actor)
}

/** Brings a retired village back. */
export function restoreVillage(db: CommandPostDatabase, id: string, actor: Actor): Promise<Village> {
  return setVillageRetired(db, id, false, actor)
}
