import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { SiteInput } from '@/domain/control/site'
import { appDatabase } from '@/db/instance'
import { watchQuery } from '@/db/live'
import { saveSite, siteStatuses, type SiteStatus } from '@/services/control/site-service'
import { useSessionStore } from './session'

/** Quarantine sites with live occupancy. */
export const useControlSitesStore = defineStore('control-sites', () => {
  const sites = shallowRef<SiteStatus[]>([])
  let stop: (() => void) | undefined

  async function watch(): Promise<void> {
    if (stop) return
    const db = await appDatabase()
    stop = watchQuery(
      () => siteStatuses(db),
      (v) => (sites.value = v),
      () => undefined,
    )
  }

  function unwatch(): void {
    stop?.()
    stop = undefined
  }

  async function save(id: string | undefined, input: SiteInput) {
    return saveSite(await appDatabase(), id, input, useSessionStore().actor)
  }

  return { sites, watch, unwatch, save }
})
