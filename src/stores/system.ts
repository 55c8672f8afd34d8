import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { AppInfo } from '../../electron/contract'
import { CURRENT_SCHEMA_VERSION } from '@/db/schema'
import { appInfo, runtimeKind } from '@/platform/desktop'
import { readStorageStatus, requestPersistentStorage, type StorageStatus } from '@/services/system/storage-service'

/** Facts about the PC and the app: version, runtime, storage persistence and use. */
export const useSystemStore = defineStore('system', () => {
  const info = ref<AppInfo | null>(null)
  const storage = ref<StorageStatus>({ persisted: false })
  const runtime = runtimeKind()
  const schemaVersion = CURRENT_SCHEMA_VERSION

  async function loadInfo(): Promise<void> {
    info.value = await appInfo()
  }

  async function refreshStorage(): Promise<void> {
    storage.value = await readStorageStatus()
  }

  async function requestPersistence(): Promise<void> {
    await requestPersistentStorage()
    await refreshStorage()
  }

  return { info, storage, runtime, schemaVersion, loadInfo, refreshStorage, requestPersistence }
})
