import { defineStore } from 'pinia'
import { reactive, shallowRef } from 'vue'
import type { AuditEntry } from '@/domain/audit/audit-entry'
import { appDatabase } from '@/db/instance'
import { watchQuery } from '@/db/live'
import { listAudit, type AuditQuery, type Page } from '@/db/repositories/audit-repository'

/** The audit screen's filters and page, kept live. */
export const useAuditStore = defineStore('audit', () => {
  const query = reactive<AuditQuery>({ entity: undefined, page: 1, pageSize: 50 })
  const page = shallowRef<Page<AuditEntry>>({ items: [], total: 0 })
  let stop: (() => void) | undefined

  async function watch(): Promise<void> {
    stop?.()
    const db = await appDatabase()
    const snapshot = { ...query }
    stop = watchQuery(
      () => listAudit(db, snapshot),
      (value) => (page.value = value),
      () => undefined,
    )
  }

  /** The newest few entries, for the home screen. */
  async function recent(count: number): Promise<AuditEntry[]> {
    return (await listAudit(await appDatabase(), { page: 1, pageSize: count })).items
  }

  function unwatch(): void {
    stop?.()
    stop = undefined
  }

  return { query, page, watch, recent, unwatch }
})
