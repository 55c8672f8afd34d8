import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import type { Township, TownshipInput } from '@/domain/township/township'
import { normalizeTownship, townshipProblems } from '@/domain/township/township-rules'
import type { CommandPostDatabase } from '@/db/database'
import { saveTownship } from '@/db/repositories/township-repository'

/** Saves edited township settings after checking them; nothing is written when a field is wrong. */
export async function updateTownship(db: CommandPostDatabase, input: TownshipInput, actor: Actor): Promise<Township> {
  const normalized = normalizeTownship(input)
  const problems = townshipProblems(normalized)
  if (problems.length) throw new ValidationError(problems)
  return saveTownship(db, normalized, actor)
}
