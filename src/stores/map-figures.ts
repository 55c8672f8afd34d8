import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { CoordinateSystem } from '@/domain/map/coordinates'
import { DEFAULT_RISK_RULES, type RiskRule, type RiskRuleInput } from '@/domain/map/risk-rules'
import type { CountsByDay } from '@/domain/map/village-counts'
import { localToday } from '@/domain/person/dates'
import { appDatabase } from '@/db/instance'
import { watchQuery } from '@/db/live'
import { listRiskRules } from '@/db/repositories/risk-rule-repository'
import { siteStatuses, type SiteStatus } from '@/services/control/site-service'
import { saveRiskRules } from '@/services/map/risk-rules-service'
import { placeSite } from '@/services/map/site-location-service'
import { loadVillageCounts } from '@/services/map/village-counts-service'
import { useSessionStore } from './session'

/**
 * What the risk map shows besides levels: the registers' counts per village and day (kept live), the suggestion
 * rules, and the quarantine sites with their occupancy for the point layer.
 */
export const useMapFiguresStore = defineStore('mapFigures', () => {
  const rules = shallowRef<RiskRule[]>([...DEFAULT_RISK_RULES])
  const sites = shallowRef<SiteStatus[]>([])
  const counts = shallowRef<CountsByDay>(new Map())
  /** The day the counts were read for (their window ends on it). */
  const countedOn = ref('')
  const error = ref<unknown>(null)
  let stopRules: (() => void) | undefined
  let stopCounts: (() => void) | undefined
  let countsKey = ''

  async function watch(): Promise<void> {
    if (stopRules) return
    const db = await appDatabase()
    stopRules = watchQuery(
      async () => ({ rules: await listRiskRules(db), sites: await siteStatuses(db) }),
      (value) => {
        rules.value = value.rules
        sites.value = value.sites
      },
      (e) => (error.value = e),
    )
  }

  /** Keeps the counts of these villages live (re-read when a measure, test or check changes). */
  async function watchCounts(villageIds: string[]): Promise<void> {
    const today = localToday()
    const key = `${today}|${villageIds.join()}|${JSON.stringify(rules.value.map((r) => [r.kind, r.category, r.days, r.enabled]))}`
    if (key === countsKey) return
    countsKey = key
    stopCounts?.()
    const db = await appDatabase()
    // Left (unwatch) or asked for other villages while the database opened: this watch is not wanted any more.
    if (countsKey !== key) return
    const asked = rules.value
    stopCounts = watchQuery(
      () => loadVillageCounts(db, villageIds, asked, today),
      (value) => {
        counts.value = value
        countedOn.value = today
      },
      (e) => (error.value = e),
    )
  }

  function unwatch(): void {
    stopRules?.()
    stopCounts?.()
    stopRules = stopCounts = undefined
    countsKey = ''
  }

  function role() {
    return useSessionStore().user?.role ?? 'duty'
  }

  async function saveRules(inputs: RiskRuleInput[]): Promise<RiskRule[]> {
    return saveRiskRules(await appDatabase(), inputs, useSessionStore().actor, role())
  }

  async function place(siteId: string, lon: string, lat: string, system: CoordinateSystem): Promise<void> {
    await placeSite(await appDatabase(), siteId, lon, lat, system, useSessionStore().actor, role())
  }

  return { rules, sites, counts, countedOn, error, watch, watchCounts, unwatch, saveRules, place }
})
