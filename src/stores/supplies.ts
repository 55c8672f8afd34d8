import { defineStore } from 'pinia'
import { computed, reactive, ref, shallowRef } from 'vue'
import type { DocumentInput, StockBalance, StockDocument, StockMovement } from '@/domain/supplies/stock-document'
import type { CoverWindow } from '@/domain/supplies/stock-cover'
import type { StockLocation, StockLocationInput } from '@/domain/supplies/stock-location'
import type { SupplyItem } from '@/domain/supplies/supply-item'
import { appDatabase } from '@/db/instance'
import { watchQuery } from '@/db/live'
import type { Page } from '@/db/repositories/audit-repository'
import {
  allBalances,
  balancesAtLocation,
  balancesOfItem,
  getDocument,
  listMovements,
  type MovementQuery,
} from '@/db/repositories/stock-query-repository'
import { listItems, listLocations } from '@/db/repositories/supply-catalogue-repository'
import { addLocation, openSupplies } from '@/services/supplies/catalogue-service'
import { recordDocument, reverse } from '@/services/supplies/document-service'
import { loadCharts, type SupplyCharts } from '@/services/supplies/chart-service'
import { exportItemLedger, type LedgerFile } from '@/services/supplies/ledger-export'
import { loadOverview, type StockOverview } from '@/services/supplies/overview-service'
import type { ReversalInput } from '@/db/repositories/stock-posting-repository'
import { signedRole, useSessionStore } from './session'

/** Supplies: the catalogue and stock points, the live overview and ledger page, and the document actions. */
export const useSuppliesStore = defineStore('supplies', () => {
  const items = shallowRef<SupplyItem[]>([])
  /** The items new documents may use (retired ones keep their ledger only). */
  const activeItems = computed(() => items.value.filter((i) => i.retiredAt === undefined))
  const locations = shallowRef<StockLocation[]>([])
  const overview = shallowRef<StockOverview | null>(null)
  const window = ref<CoverWindow>(14)
  const ledgerQuery = reactive<MovementQuery>({ page: 1, pageSize: 20 })
  const ledger = shallowRef<Page<StockMovement>>({ items: [], total: 0 })
  const error = ref<unknown>(null)
  const stops: Record<string, (() => void) | undefined> = {}

  function watch<T>(name: string, query: () => Promise<T>, apply: (value: T) => void): void {
    stops[name]?.()
    stops[name] = watchQuery(query, apply, (e) => (error.value = e))
  }

  /** Seeds the catalogue on first use and keeps the catalogue, stock points and overview live. */
  async function open(): Promise<void> {
    const db = await appDatabase()
    await openSupplies(db, useSessionStore().actor)
    watch(
      'items',
      () => listItems(db),
      (v) => (items.value = v),
    )
    watch(
      'locations',
      () => listLocations(db),
      (v) => (locations.value = v),
    )
    await watchOverview()
  }

  async function watchOverview(): Promise<void> {
    const db = await appDatabase()
    const span = window.value
    watch(
      'overview',
      () => loadOverview(db, span),
      (v) => (overview.value = v),
    )
  }

  /** A separate live overview for the home card; returns the function that stops it. */
  async function watchSummary(onValue: (value: StockOverview) => void): Promise<() => void> {
    const db = await appDatabase()
    await openSupplies(db, useSessionStore().actor)
    return watchQuery(
      () => loadOverview(db, 14),
      onValue,
      (e) => (error.value = e),
    )
  }

  async function watchLedger(): Promise<void> {
    const db = await appDatabase()
    const snapshot = { ...ledgerQuery }
    watch(
      'ledger',
      () => listMovements(db, snapshot),
      (v) => (ledger.value = v),
    )
  }

  function stop(): void {
    for (const name of Object.keys(stops)) {
      stops[name]?.()
      stops[name] = undefined
    }
  }

  async function record(input: DocumentInput): Promise<StockDocument> {
    return recordDocument(await appDatabase(), input, useSessionStore().actor, signedRole())
  }

  async function reverseDocument(id: string, input: ReversalInput): Promise<StockDocument> {
    return reverse(await appDatabase(), id, input, useSessionStore().actor, signedRole())
  }

  async function createLocation(input: StockLocationInput): Promise<StockLocation> {
    return addLocation(await appDatabase(), input, useSessionStore().actor, signedRole())
  }

  /** Batches of an item at a stock point with stock, for the batch picker. */
  async function batches(itemId: string, locationId: string): Promise<StockBalance[]> {
    return balancesOfItem(await appDatabase(), itemId, locationId)
  }

  async function locationBalances(locationId?: string): Promise<StockBalance[]> {
    const db = await appDatabase()
    return locationId ? balancesAtLocation(db, locationId) : allBalances(db)
  }

  async function document(id: string) {
    return getDocument(await appDatabase(), id)
  }

  async function charts(): Promise<SupplyCharts> {
    return loadCharts(await appDatabase())
  }

  async function exportLedger(itemId: string, from: string, to: string): Promise<LedgerFile> {
    return exportItemLedger(await appDatabase(), itemId, from, to)
  }

  return {
    items,
    activeItems,
    locations,
    overview,
    window,
    ledgerQuery,
    ledger,
    error,
    open,
    watchOverview,
    watchSummary,
    watchLedger,
    stop,
    record,
    reverseDocument,
    createLocation,
    batches,
    locationBalances,
    document,
    exportLedger,
    charts,
  }
})
