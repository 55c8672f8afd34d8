import type { Actor } from '@/domain/accounts/user'
import type { LedgerTemplate, LedgerTemplateInput } from '@/domain/ledgers/ledger-template'
import type { CommandPostDatabase } from '../database'
import { note, writeWithAudit } from '../write'

/** Every saved ledger template (registers without one export with their default). */
export function listLedgerTemplates(db: CommandPostDatabase): Promise<LedgerTemplate[]> {
  return db.ledgerTemplates.toArray()
}

/**
 * Saves a register's template (creating or replacing it) with an audit line naming the columns, in one
 * transaction. The caller has checked it.
 */
export function saveLedgerTemplate(
  db: CommandPostDatabase,
  actor: Actor,
  input: LedgerTemplateInput,
  registerTitle: string,
): Promise<LedgerTemplate> {
  return writeWithAudit(db, actor, [db.ledgerTemplates], async (ctx) => {
    const before = await db.ledgerTemplates.get(input.id)
    const saved: LedgerTemplate = before
      ? { ...before, ...input, updatedAt: ctx.now, updatedBy: actor.id }
      : { ...input, ...ctx.stampNew() }
    await db.ledgerTemplates.put(saved)
    const columns = saved.columns.map((c) => c.header).join('、')
    await ctx.audit(
      note(before ? 'update' : 'create', 'ledgerTemplate', saved.id, `${registerTitle}导出模板：${columns}`),
    )
    return saved
  })
}

/** Removes a register's template (the register then exports with its default columns), audited. */
export function removeLedgerTemplate(
  db: CommandPostDatabase,
  actor: Actor,
  id: string,
  registerTitle: string,
): Promise<void> {
  return writeWithAudit(db, actor, [db.ledgerTemplates], async (ctx) => {
    await db.ledgerTemplates.delete(id)
    await ctx.audit(note('update', 'ledgerTemplate', id, `${registerTitle}导出模板恢复为默认`))
  })
}

/** Writes the audit line of a ledger leaving the app (a file with personal data). */
export function recordLedgerExport(
  db: CommandPostDatabase,
  actor: Actor,
  register: string,
  summary: string,
): Promise<void> {
  return writeWithAudit(db, actor, [], async (ctx) => {
    await ctx.audit(note('export', 'ledger', register, summary))
  })
}
