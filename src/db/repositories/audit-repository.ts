import type { AuditEntity, AuditEntry } from '@/domain/audit/audit-entry'
import type { CommandPostDatabase } from '../database'

/** A page of a list plus the total the filter matched. */
export interface Page<T> {
  items: T[]
  total: number
}

/** Filters of the audit screen. */
export interface AuditQuery {
  entity?: AuditEntity
  entityId?: string
  page: number
  pageSize: number
}

/** The newest audit entries first, a page at a time, read from the `at` index (no full scan). */
export async function listAudit(db: CommandPostDatabase, query: AuditQuery): Promise<Page<AuditEntry>> {
  const offset = (query.page - 1) * query.pageSize
  if (query.entity && query.entityId) {
    const coll = db.audit.where('[entity+entityId]').equals([query.entity, query.entityId])
    const all = await coll.sortBy('at')
    return { items: all.reverse().slice(offset, offset + query.pageSize), total: all.length }
  }
  const base = db.audit.orderBy('at').reverse()
  const filtered = query.entity ? base.filter((e) => e.entity === query.entity) : base
  const [items, total] = await Promise.all([
    filtered.clone().offset(offset).limit(query.pageSize).toArray(),
    query.entity ? filtered.clone().count() : db.audit.count(),
  ])
  return { items, total }
}
