import { can, type Role } from '@/domain/accounts/roles'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { NATIONAL_PACKS } from '@/domain/control/national-packs'
import { applyPackChange, packChanges, type PackChange } from '@/domain/control/pack-changes'
import { packProblems } from '@/domain/control/pack-rules'
import type { RulePack } from '@/domain/control/rule-pack'
import type { CommandPostDatabase } from '@/db/database'
import { activeMeasures, saveMeasureChange } from '@/db/repositories/control/measure-repository'
import { storePack, storedPacks } from '@/db/repositories/control/pack-repository'

/** The shipped national packs and the latest version of each pack written here, by start date. */
export async function allPacks(db: CommandPostDatabase): Promise<RulePack[]> {
  const latest = new Map<string, RulePack>()
  for (const { pack } of await storedPacks(db))
    if ((latest.get(pack.id)?.version ?? 0) < pack.version) latest.set(pack.id, pack)
  return [...NATIONAL_PACKS, ...[...latest.values()].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))]
}

/** A pack by id (its latest version), or a refusal. */
export async function findPack(db: CommandPostDatabase, id: string): Promise<RulePack> {
  const pack = (await allPacks(db)).find((p) => p.id === id)
  if (!pack) throw new ValidationError([{ field: 'packId', code: 'measure.noPack' }])
  return pack
}

function requireLead(role: Role): void {
  if (!can(role, 'control.lead')) throw new ValidationError([{ field: 'pack', code: 'pack.forbidden' }])
}

/**
 * Stores a pack written here (a new disease, or a local variant): a leader's decision. Refused with every
 * problem `packProblems` finds (a test day outside its segment…), and when it would take a shipped pack's id.
 */
export async function writePack(db: CommandPostDatabase, pack: RulePack, actor: Actor, role: Role): Promise<RulePack> {
  requireLead(role)
  const trimmed = { ...pack, name: pack.name.trim(), document: pack.document.trim(), disease: pack.disease.trim() }
  const problems = packProblems({ ...trimmed, version: 1 })
  if (NATIONAL_PACKS.some((p) => p.id === trimmed.id)) problems.push({ field: 'id', code: 'pack.shippedId' })
  if (problems.length) throw new ValidationError(problems)
  return storePack(db, trimmed, actor)
}

/** The running measures whose planned end or test days a pack would change (nothing is written). */
export async function changesOfPack(db: CommandPostDatabase, packId: string): Promise<PackChange[]> {
  const [pack, measures] = await Promise.all([findPack(db, packId), activeMeasures(db)])
  return packChanges(measures, pack)
}

/**
 * Applies a pack's dates to the chosen running measures (a leader's decision): each is saved with a history line
 * naming the pack version, through the same write as an extension; its scheduled tests follow. Returns how many.
 */
export async function applyPackChanges(
  db: CommandPostDatabase,
  packId: string,
  measureIds: readonly string[],
  actor: Actor,
  role: Role,
): Promise<number> {
  requireLead(role)
  const pack = await findPack(db, packId)
  const wanted = new Set(measureIds)
  const chosen = packChanges(await activeMeasures(db), pack).filter((c) => wanted.has(c.measure.id))
  for (const change of chosen)
    await saveMeasureChange(
      db,
      change.measure,
      applyPackChange(change, pack, { at: Date.now(), name: actor.name }),
      actor,
    )
  return chosen.length
}
