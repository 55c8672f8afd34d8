import type { Table } from 'dexie'
import type { Actor } from '@/domain/accounts/user'
import type { AuditAction, AuditEntity, AuditEntry } from '@/domain/audit/audit-entry'
import type { Stamped } from '@/domain/common/entity'
import { newId } from '@/domain/common/ids'
import type { CommandPostDatabase } from './database'

/** What an audit line says; the writer adds id, time and actor. */
export type AuditNote = Pick<AuditEntry, 'action' | 'entity' | 'entityId' | 'summary' | 'changes'>

/** A unit of work: its writes and audit lines commit together or not at all. */
export interface WriteContext {
  db: CommandPostDatabase
  actor: Actor
  now: number
  /** Queues an audit line, written in the same transaction. */
  audit(note: AuditNote): Promise<void>
  /** Created/updated stamps for a new record. */
  stampNew(): Stamped
}

/**
 * Runs `work` in one read-write transaction over `tables` plus the audit table, so a mutation and its audit
 * entry commit together (strict durability) or both roll back.
 */
export function writeWithAudit<T>(
  db: CommandPostDatabase,
  actor: Actor,
  tables: Table[],
  work: (context: WriteContext) => Promise<T>,
): Promise<T> {
  return db.transaction('rw', [...tables, db.audit], () => {
    const now = Date.now()
    const context: WriteContext = {
      db,
      actor,
      now,
      // Returns Dexie's own promise, not an async function's: a native promise awaited two calls deep loses
      // Dexie's transaction zone, and the next write then lands outside the transaction (PrematureCommitError).
      audit(note) {
        return db.audit
          .add({ id: newId('aud', now), at: now, actorId: actor.id, actorName: actor.name, ...note })
          .then(() => undefined)
      },
      stampNew: () => ({ createdAt: now, createdBy: actor.id, updatedAt: now, updatedBy: actor.id }),
    }
    return work(context)
  })
}

/** An audit note about one entity. */
export function note(
  action: AuditAction,
  entity: AuditEntity,
  entityId: string,
  summary: string,
  changes?: AuditEntry['changes'],
): AuditNote {
  return changes ? { action, entity, entityId, summary, changes } : { action, entity, entityId, summary }
}
