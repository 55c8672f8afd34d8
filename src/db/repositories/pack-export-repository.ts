import type { Actor } from '@/domain/accounts/user'
import type { PackExport } from '@/domain/packs/pack-log'
import type { CommandPostDatabase } from '../database'
import { note, writeWithAudit } from '../write'

/** Writes one line of the export log and its audit line in one transaction. */
export function recordPackExport(db: CommandPostDatabase, actor: Actor, entry: PackExport): Promise<void> {
  return writeWithAudit(db, actor, [db.packExports], async (ctx) => {
    await db.packExports.add(entry)
    const summary = `${entry.fileName}（${entry.profile === 'full' ? '完整' : '脱敏'}，发往${entry.recipient}）`
    await ctx.audit(note('export', 'pack', entry.id, summary))
  })
}

/** The export log, newest first. */
export function listPackExports(db: CommandPostDatabase): Promise<PackExport[]> {
  return db.packExports.orderBy('createdAt').reverse().toArray()
}

/** The last pack written to a recipient, if any: where an incremental pack starts. */
export async function lastPackExportTo(db: CommandPostDatabase, recipient: string): Promise<PackExport | undefined> {
  const sent = await db.packExports.where('recipient').equals(recipient).sortBy('createdAt')
  return sent.at(-1)
}

/** The next running number of this township's packs (1 for the first). */
export async function nextPackSequence(db: CommandPostDatabase): Promise<number> {
  return (await db.packExports.count()) + 1
}

/** Recipients written to before, for the export form's suggestions. */
export async function listPackRecipients(db: CommandPostDatabase): Promise<string[]> {
  return (await db.packExports.orderBy('recipient').uniqueKeys()) as string[]
}
