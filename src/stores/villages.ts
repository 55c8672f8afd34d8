import { defineStore } from 'pinia'
import { reactive, ref, shallowRef } from 'vue'
import type { Village, VillageInput } from '@/domain/township/village'
import { appDatabase } from '@/db/instance'
import { watchQuery } from '@/db/live'
import type { Page } from '@/db/repositories/audit-repository'
import { listActiveVillages, listVillages, type VillageQuery } from '@/db/repositories/village-repository'
import {
  commitVillageImport,
  previewVillageImport,
  type VillageImportPreview,
} from '@/services/villages/village-import-service'
import { retireVillage, restoreVillage, saveVillage } from '@/services/villages/village-service'
import { useSessionStore } from './session'

/** The village list screen's filters and page, kept live as villages change; and the active villages for pickers. */
export const useVillagesStore = defineStore('villages', () => {
  const query = reactive<VillageQuery>({ text: '', kind: undefined, includeRetired: false, page: 1, pageSize: 20 })
  const page = shallowRef<Page<Village>>({ items: [], total: 0 })
  const active = shallowRef<Village[]>([])
  const loading = ref(false)
  const error = ref<unknown>(null)
  let stopPage: (() => void) | undefined
  let stopActive: (() => void) | undefined

  async function watchPage(): Promise<void> {
    stopPage?.()
    loading.value = true
    const db = await appDatabase()
    const snapshot = { ...query }
    stopPage = watchQuery(
      () => listVillages(db, snapshot),
      (value) => {
        page.value = value
        loading.value = false
      },
      (e) => {
        error.value = e
        loading.value = false
      },
    )
  }

  async function watchActive(): Promise<void> {
    if (stopActive) return
    const db = await appDatabase()
    stopActive = watchQuery(
      () => listActiveVillages(db),
      (v) => (active.value = v),
      (e) => (error.value = e),
    )
  }

  function stop(): void {
    stopPage?.()
    stopPage = undefined
  }

  async function save(id: string | undefined, input: VillageInput): Promise<Village> {
    return saveVillage(await appDatabase(), id, input, useSessionStore().actor)
  }

  async function retire(id: string, reason: string): Promise<Village> {
    return retireVillage(await appDatabase(), id, reason, useSessionStore().actor)
  }

  async function restore(id: string): Promise<Village> {
    return restoreVillage(await appDatabase(), id, useSessionStore().actor)
  }

  /** Reads and checks a sheet the clerk picked; nothing is written yet. */
  async function previewImport(file: File): Promise<VillageImportPreview> {
    return previewVillageImport(await appDatabase(), file.name, new Uint8Array(await file.arrayBuffer()))
  }

  async function commitImport(preview: VillageImportPreview) {
    return commitVillageImport(await appDatabase(), preview, useSessionStore().actor)
  }

  return {
    query,
    page,
    active,
    loading,
    error,
    watchPage,
    watchActive,
    stop,
    save,
    retire,
    restore,
    previewImport,
    commitImport,
  }
})
