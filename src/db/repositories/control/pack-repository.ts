import type { Actor } from '@/domain/accounts/user'
import type { RulePack } from '@/domain/control/rule-pack'
import { storedPackId, type StoredPack } from '@/domain/control/stored-pack'
import type { CommandPostDatabase } from '../../database'
import { note, writeWithAudit } from '../../write'

/** Every stored version of every local pack (a township keeps a handful). */
export function storedPacks(db: CommandPostDatabase): Promise<StoredPack[]> {
  return db.localPacks.toArray()
}

/**
 * Stores a pack as the next version of its id (1 for a new id): earlier versions stay as they were, so a measure
 * computed by one can always be traced to it. One audit line, in the same transaction.
 */
export function storePack(db: CommandPostDatabase, pack: RulePack, actor: Actor): Promise<RulePack> {
  return writeWithAudit(db, actor, [db.localPacks], async (ctx) => {
    const versions = (await db.localPacks.where('id').startsWith(`${pack.id}@`).toArray()).map((s) => s.pack.version)
    const stored: RulePack = { ...pack, version: Math.max(0, ...versions) + 1 }
    await db.localPacks.add({ id: storedPackId(stored), pack: stored, ...ctx.stampNew() })
    await ctx.audit(note('create', 'rulePack', storedPackId(stored), `${stored.name} v${stored.version}`))
    return stored
  })
}
