import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { LocalDate } from '@/domain/common/entity'
import type { CheckInput } from '@/domain/control/health-check'
import { appDatabase } from '@/db/instance'
import { watchQuery } from '@/db/live'
import { recordCheck, villageGrid, type GridRow } from '@/services/control/health-check-service'
import { useSessionStore } from './session'

/** The village daily grid of health checks. */
export const useHealthChecksStore = defineStore('health-checks', () => {
  const rows = shallowRef<GridRow[]>([])
  let stop: (() => void) | undefined
  // Bumped by every watchGrid: a call that finds it moved on while it waited for the database starts nothing, so
  // two quick changes of day never leave the earlier day's query running and overwriting the rows.
  let generation = 0

  async function watchGrid(villageId: string, date: LocalDate): Promise<void> {
    const mine = ++generation
    stop?.()
    stop = undefined
    // Right after a change of village or day the screen must not show the previous rows.
    rows.value = []
    const db = await appDatabase()
    if (mine !== generation) return
    stop = watchQuery(
      () => villageGrid(db, villageId, date),
      (v) => (rows.value = v),
      () => undefined,
    )
  }

  function unwatch(): void {
    generation++
    stop?.()
    stop = undefined
  }

  async function record(input: CheckInput) {
    return recordCheck(await appDatabase(), input, useSessionStore().actor)
  }

  return { rows, watchGrid, unwatch, record }
})
