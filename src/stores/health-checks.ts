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

  async function watchGrid(villageId: string, date: LocalDate): Promise<void> {
    stop?.()
    // Right after a change of village or day the screen must not show the previous rows.
    rows.value = []
    const db = await appDatabase()
    stop = watchQuery(
      () => villageGrid(db, villageId, date),
      (v) => (rows.value = v),
      () => undefined,
    )
  }

  function unwatch(): void {
    stop?.()
    stop = undefined
  }

  async function record(input: CheckInput) {
    return recordCheck(await appDatabase(), input, useSessionStore().actor)
  }

  return { rows, watchGrid, unwatch, record }
})
