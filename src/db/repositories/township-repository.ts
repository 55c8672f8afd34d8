import type { Actor } from '@/domain/accounts/user'
import { diffFields } from '@/domain/audit/audit-entry'
import type { Township, TownshipInput } from '@/domain/township/township'
import type { CommandPostDatabase } from '../database'
import { note, writeWithAudit } from '../write'

/** The township settings, or undefined before the setup wizard has run. */
export function getTownship(db: CommandPostDatabase): Promise<Township | undefined> {
  return db.settings.get('township')
}

/** Creates or updates the township settings, with an audit line. */
export function saveTownship(
  db: CommandPostDatabase,
  input: TownshipInput & { demo?: boolean },
  actor: Actor,
): Promise<Township> {
  return writeWithAudit(db, actor, [db.settings], async (ctx) => {
    const before = await db.settings.get('township')
    const township: Township = before
      ? { ...before, ...input, updatedAt: ctx.now, updatedBy: actor.id }
      : { id: 'township', ...input, ...ctx.stampNew(), setupCompletedAt: ctx.now }
    await db.settings.put(township)
    await ctx.audit(
      before
        ? note('update', 'township', 'township', township.name, diffFields(before, township))
        : note('setup', 'township', 'township', township.name),
    )
    return township
  })
}
