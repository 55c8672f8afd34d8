import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { StockLocation } from '@/domain/supplies/stock-location'
import type { ReserveTarget, SupplyItem, SupplyItemInput } from '@/domain/supplies/supply-item'
import { appDatabase } from '@/db/instance'
import { watchQuery } from '@/db/live'
import { addItem, changeReserve, renameLocation, retireItem } from '@/services/supplies/catalogue-service'
import {
  adoptLocalReserveFund,
  loadReserveFund,
  setReserveFund,
  type ReserveFundView,
} from '@/services/supplies/reserve-fund-service'
import { signedRole, useSessionStore } from './session'

/** The supplies catalogue editor and the reserve fund: the writes, each checked for `supplies.manage`. */
export const useSupplyCatalogueStore = defineStore('supplyCatalogue', () => {
  const fund = ref<ReserveFundView | null>(null)
  let stopFund: (() => void) | undefined

  const actor = () => useSessionStore().actor

  async function createItem(input: SupplyItemInput): Promise<SupplyItem> {
    return addItem(await appDatabase(), input, actor(), signedRole())
  }

  async function setReserve(itemId: string, reserve: ReserveTarget): Promise<SupplyItem> {
    return changeReserve(await appDatabase(), itemId, reserve, actor(), signedRole())
  }

  async function retire(itemId: string, reason: string): Promise<SupplyItem> {
    return retireItem(await appDatabase(), itemId, reason, actor(), signedRole())
  }

  async function rename(locationId: string, name: string): Promise<StockLocation> {
    return renameLocation(await appDatabase(), locationId, name, actor(), signedRole())
  }

  /**
   * Keeps the reserve fund live; first moves an amount an older version left in this PC's localStorage into the
   * database when the township has none yet and the signed-in role may set it.
   */
  async function watchFund(legacyAmount?: number): Promise<void> {
    const db = await appDatabase()
    const role = useSessionStore().user?.role
    if (legacyAmount !== undefined && role) await adoptLocalReserveFund(db, legacyAmount, actor(), role)
    stopFund?.()
    stopFund = watchQuery(
      () => loadReserveFund(db),
      (v) => (fund.value = v),
      () => undefined,
    )
  }

  function stop(): void {
    stopFund?.()
    stopFund = undefined
  }

  async function saveFund(amount: number): Promise<void> {
    await setReserveFund(await appDatabase(), amount, actor(), signedRole())
  }

  return { fund, createItem, setReserve, retire, rename, watchFund, stop, saveFund }
})
